# String slicing with positive, negative and out-of-range bounds and steps
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1] == "")
print(s[100:], s[-100:3], s[3:100], s[5:2], s[-1:-11:-1], s[:-100:-1])
print(s[::3], s[::11], s[::-11], s[0:10:4], s[9::-4], s[-2::-3])
print(s[None:None:None], s[slice(1, 9, 2)], s[slice(None, None, -3)])
for step in (1, 2, 3, -1, -2, -4):
    print(step, s[::step], s[1:-1:step], s[-2:1:step])
t = "héllo wörld"
print(t[1:4], t[::-1], t[7:9], t[::3])
sl = slice(2, 8, 3)
print(sl.start, sl.stop, sl.step, sl.indices(10), sl.indices(4))
print(slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(-100, 100, 2).indices(6))
print(s[len(s) // 2:], s[:len(s) // 2])
words = "the quick brown fox"
print(words[4:9], words[-3:], words[::-1].split()[0][::-1])
print(s[1:2:1], s[-1:], s[-1:-2], repr(s[5:5]))
big = "abcdefghij" * 3
print(big[5:25:5], big[-1:-30:-7])
