# complex() keeps signed zeros of real-valued parts and combines complex parts.
print(complex(complex(1,-0.0)), complex(1,-0.0), complex(-0.0), complex(2j, 3j), complex(1+2j, -0.0), complex(real=1, imag=2), complex())
