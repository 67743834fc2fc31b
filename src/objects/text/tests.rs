//! Unit tests of `objects::text`.

use super::*;

#[test]
fn tables_decode_sorted() {
    for t in [
        &T_NONPRINT,
        &T_ALPHA,
        &T_XID_CONTINUE_EXTRA,
        &T_CASE_IGNORABLE,
        &T_TITLE_SELF,
    ] {
        let r = t.ranges();
        assert!(r.windows(2).all(|w| w[0].1 + 1 < w[1].0) && r.iter().all(|&(a, b)| a <= b));
    }
    assert_eq!(T_NONPRINT.ranges()[0], (0, 0x1F));
    assert_eq!(T_NONPRINT.ranges().last(), Some(&(0xE01F0, 0x10FFFF)));
    assert_eq!(decimal_value('٣'), Some(3));
    assert_eq!(decimal_value('𝟗'), Some(9));
    assert_eq!(decimal_value('²'), None);
}

#[test]
fn repr() {
    assert_eq!(str_repr("it's"), "\"it's\"");
    assert_eq!(str_repr("both ' and \""), "'both \\' and \"'");
    assert_eq!(str_repr("tab\t\nnl\r\\"), "'tab\\t\\nnl\\r\\\\'");
    assert_eq!(str_repr("\u{0}\u{1f}\u{7f}"), "'\\x00\\x1f\\x7f'");
    assert_eq!(str_repr("é日本😀"), "'é日本😀'");
    assert_eq!(ascii_repr("é日本😀"), "'\\xe9\\u65e5\\u672c\\U0001f600'");
    assert_eq!(
        str_repr("\u{85}\u{a0}İ\u{200b}\u{2028}"),
        "'\\x85\\xa0İ\\u200b\\u2028'"
    );
    assert_eq!(
        str_repr("\u{e0001}\u{d7ff}\u{e000}"),
        "'\\U000e0001\\ud7ff\\ue000'"
    );
    assert_eq!(bytes_repr(b"it's", "b"), "b\"it's\"");
    assert_eq!(
        bytes_repr(b"\x00\x7f\x80\xff\t\n\r\\", "b"),
        "b'\\x00\\x7f\\x80\\xff\\t\\n\\r\\\\'"
    );
    assert_eq!(bytes_repr(b"'\"", "b"), "b'\\'\"'");
    assert_eq!(bytes_repr(b"x", "bytearray(b") + ")", "bytearray(b'x')");
}

#[test]
fn predicates() {
    assert!(isspace(
        " \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\u{85}\u{a0}\u{2000}\u{3000}"
    ));
    assert!(!isspace("\u{200b}") && !isspace(""));
    assert!(isdigit("²³") && isdigit("①") && isdigit("٣") && !isdigit("½") && !isdigit("一"));
    assert!(isdecimal("٣४") && !isdecimal("²") && !isdecimal("①"));
    assert!(isnumeric("½") && isnumeric("一二") && isnumeric("Ⅻ") && !isnumeric("a"));
    assert!(isalpha("é日本ßǅ") && !isalpha("😀") && !isalpha("\u{345}") && !isalpha(""));
    assert!(isalnum("é½") && !isalnum("a b"));
    assert!(
        isidentifier("_x1") && isidentifier("é日本") && isidentifier("℘") && isidentifier("x·")
    );
    assert!(
        !isidentifier("1x") && !isidentifier("·x") && !isidentifier("a😀") && !isidentifier("")
    );
    assert!(isprintable("") && isprintable("abc é😀"));
    assert!(!isprintable("\n") && !isprintable("\u{a0}") && !isprintable("\u{e0001}"));
    assert!(islower("abc1") && islower("ß") && islower("ǆ") && islower("ª"));
    assert!(!islower("aBc") && !islower("123") && !islower("ǅ"));
    assert!(isupper("AB1") && isupper("İ") && isupper("Ǆ") && !isupper("ǅ") && !isupper("ABc"));
    assert!(istitle("Hello World") && istitle("ǅa") && istitle("1A") && istitle("Σας Ας"));
    assert!(!istitle("Hello world") && !istitle("HEllo") && !istitle(""));
    assert!(isascii("abc\x7f") && !isascii("é"));
    assert!(bytes_isdigit(b"123") && !bytes_isdigit(b"\xb2") && bytes_isspace(b" \x0b"));
    assert!(!bytes_isspace(b"\x1c") && bytes_istitle(b"Ab Cd") && !bytes_islower(b"\xe9"));
}

#[test]
fn case() {
    assert_eq!(upper("ßtraße"), "SSTRASSE");
    assert_eq!(casefold("ßtraße"), "sstrasse");
    assert_eq!(title("ßtraße"), "Sstraße");
    assert_eq!(title("ﬁnal ǆemal"), "Final ǅemal");
    assert_eq!(capitalize("ﬁnal ǆemal"), "Final ǆemal");
    assert_eq!(lower("İstanbul"), "i\u{307}stanbul");
    assert_eq!(swapcase("İstanbul"), "i\u{307}STANBUL");
    assert_eq!(lower("ΟΔΟΣ ΟΔΟΣ. ΣΑΣ"), "οδος οδος. σας");
    assert_eq!(title("ΟΔΟΣ ΟΔΟΣ. ΣΑΣ"), "Οδος Οδος. Σας");
    assert_eq!(casefold("ΟΔΟΣ"), "οδοσ");
    assert_eq!(lower("AΣb"), "aσb");
    assert_eq!(lower("A'Σ'"), "a'ς'");
    assert_eq!(title("A'Σ'"), "A'Σ'");
    assert_eq!(lower("Σ"), "σ");
    assert_eq!(title("日本 é"), "日本 É");
    assert_eq!(title("hello   wORLD 1st"), "Hello   World 1St");
    assert_eq!(swapcase("ǅungla"), "ǅUNGLA");
    assert_eq!(upper("ŉ"), "ʼN");
    assert_eq!(title("ᾳ"), "ᾼ");
    assert_eq!(upper("ᾳ"), "ΑΙ");
    assert_eq!(casefold("ꭰ"), "Ꭰ");
    assert_eq!(casefold("ẞ"), "ss");
    assert_eq!(title("ﬃ x"), "Ffi X");
    assert_eq!(upper("\u{19b}\u{a7d3}"), "\u{19b}\u{a7d3}"); // no capitals in Unicode 14
    assert_eq!(bytes_title(b"hello WORLD 1st"), b"Hello World 1St");
    assert_eq!(bytes_swapcase(b"\xe9t\xc9 ab"), b"\xe9T\xc9 AB");
    assert_eq!(bytes_capitalize(b"hELLO"), b"Hello");
}

#[test]
fn split_family() {
    assert_eq!(split("a,b,,c", Some(","), -1).unwrap(), ["a", "b", "", "c"]);
    assert_eq!(rsplit("a,b,,c", Some(","), 1).unwrap(), ["a,b,", "c"]);
    assert_eq!(split("aaa", Some("aa"), -1).unwrap(), ["", "a"]);
    assert_eq!(rsplit("aaa", Some("aa"), -1).unwrap(), ["a", ""]);
    assert_eq!(split("  a  b c  ", None, 1).unwrap(), ["a", "b c  "]);
    assert_eq!(rsplit("  a  b c  ", None, 1).unwrap(), ["  a  b", "c"]);
    assert_eq!(split("   ", None, -1).unwrap(), [""; 0]);
    assert_eq!(
        split("a\u{3000}b\u{85}c\x1cd", None, -1).unwrap(),
        ["a", "b", "c", "d"]
    );
    assert_eq!(split("x😀y😀z", Some("😀"), 1).unwrap(), ["x", "y😀z"]);
    let empty = TextError::Value("empty separator".into());
    assert_eq!(split("a", Some(""), -1), Err(empty.clone()));
    assert_eq!(rsplit(&b"a"[..], Some(&b""[..]), -1), Err(empty.clone()));
    assert_eq!(partition("a", ""), Err(empty));
    assert_eq!(
        split(&b" a \t b\x0bc \x1c "[..], None, -1).unwrap(),
        [b"a", b"b", b"c", b"\x1c"]
    );
    let lines = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\u{85}j\u{2028}k\u{2029}l";
    assert_eq!(splitlines(lines, false).len(), 12);
    assert_eq!(splitlines("a\nb\r\n\r\n", true), ["a\n", "b\r\n", "\r\n"]);
    assert_eq!(
        bytes_splitlines(b"a\x0bb\r\nc\r", true),
        [&b"a\x0bb\r\n"[..], b"c\r"]
    );
    assert_eq!(partition("日本語", "本").unwrap(), ["日", "本", "語"]);
    assert_eq!(rpartition("abc", "x").unwrap(), ["", "", "abc"]);
    assert_eq!(
        partition(&b"k=v"[..], &b"="[..]).unwrap(),
        [b"k", b"=", b"v"]
    );
    assert_eq!(strip("\u{3000}\u{85} é \u{a0}", None), "é");
    assert_eq!(lstrip("éaé日", Some("é日")), "aé日");
    assert_eq!(rstrip("éaé日", Some("é日")), "éa");
    assert_eq!(strip(&b" \x0b\x1cab\t "[..], None), b"\x1cab");
}

#[test]
fn search() {
    let s = "héllo wörld";
    assert_eq!(find(s, "ö", None, None), 7);
    assert_eq!(find(s, "l", Some(4), Some(8)), -1);
    assert_eq!(find(s, "l", Some(3), Some(8)), 3);
    assert_eq!(rfind(s, "l", Some(-3), None), 9);
    assert_eq!(count(s, "l", Some(3), None), 2);
    assert_eq!(find("abc", "", Some(3), None), 3);
    assert_eq!(find("abc", "", Some(4), None), -1);
    assert_eq!(count("abc", "", Some(-10), None), 4);
    assert_eq!(count("abc", "", Some(4), None), 0);
    assert_eq!(rfind("日本日本", "本", Some(2), None), 3);
    assert_eq!(find("😀a😀a", "a", Some(-2), None), 3);
    assert_eq!(count("aaaa", "aa", None, None), 2);
    assert!(startswith("abc", "", Some(3), None) && !startswith("abc", "", Some(4), None));
    assert!(startswith(s, "wö", Some(6), None) && endswith(s, "wö", None, Some(8)));
    assert!(!endswith("abc", "b", None, Some(-2)) && endswith("abc", "b", None, Some(-1)));
    assert_eq!(find(&b"hello world"[..], &b"o"[..], Some(5), None), 7);
    assert_eq!(rfind(&b"abcabc"[..], &b"bc"[..], Some(-3), None), 4);
    assert_eq!(count(&b"hello"[..], &b""[..], Some(5), None), 1);
    assert_eq!(adjust_indices(Some(-100), Some(100), 5), (0, 5));
    assert_eq!(adjust_indices(Some(7), Some(-2), 5), (7, 3));
}

#[test]
fn replace_and_pad() {
    assert_eq!(replace("aaa", "a", "bb", 2), "bbbba");
    assert_eq!(replace("abc", "", "-", -1), "-a-b-c-");
    assert_eq!(replace("abc", "", "-", 2), "-a-bc");
    assert_eq!(replace("", "", "x", -1), "x");
    assert_eq!(replace("日本日本", "本", "b", 1), "日b日本");
    assert_eq!(bytes_replace(b"abc", b"", b"-", 2), b"-a-bc");
    assert_eq!(bytes_replace(b"", b"", b"x", -1), b"x");
    assert_eq!(bytes_replace(b"abab", b"ab", b"", 1), b"ab");
    assert_eq!(center("abc", 8, " ").unwrap(), "  abc   ");
    assert_eq!(center("a", 4, "x").unwrap(), "xaxx");
    assert_eq!(center("ab", 5, "é").unwrap(), "ééabé");
    assert_eq!(rjust("日本", 5, "😀").unwrap(), "😀😀😀日本");
    assert_eq!(ljust("abc", 2, "*").unwrap(), "abc");
    let fill_err = "The fill character must be exactly one character long";
    assert_eq!(center("a", 3, "ab"), Err(TextError::Type(fill_err.into())));
    assert_eq!(ljust("a", 3, ""), Err(TextError::Type(fill_err.into())));
    assert_eq!(bytes_pad(b"ab", 5, b'*', 'c'), b"**ab*");
    assert_eq!(zfill("-42", 5), "-0042");
    assert_eq!(zfill("+é", 4), "+00é");
    assert_eq!(zfill("-", 3), "-00");
    assert_eq!(bytes_zfill(b"-7", 4), b"-007");
    assert_eq!(expandtabs("a\tb\nc\td", 4), "a   b\nc   d");
    assert_eq!(expandtabs("日\té\tx", 3), "日  é  x");
    assert_eq!(expandtabs("a\tb", -1), "ab");
    assert_eq!(bytes_expandtabs(b"a\tb\r\tc", 4), b"a   b\r    c");
    assert_eq!(removeprefix("日本語", "日本"), "語");
    assert_eq!(removesuffix("abc", "x"), "abc");
    assert_eq!(removesuffix(&b"abc"[..], &b"c"[..]), b"ab");
}

#[test]
fn char_index() {
    let s: String = (0..300)
        .map(|i| ['a', 'é', '日', '😀'][i % 4 * (i % 7 % 2)])
        .collect();
    let ix = CharIndex::new(&s);
    let offs: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
    assert_eq!(ix.char_count(), 300);
    for (ci, &b) in offs.iter().enumerate() {
        assert_eq!(ix.byte_offset(&s, ci), b);
        assert_eq!(ix.char_index(&s, b), ci);
        assert_eq!(ix.char_at(&s, ci), s[b..].chars().next().unwrap());
    }
    assert_eq!(ix.byte_offset(&s, 300), s.len());
    let a = CharIndex::new("hello");
    assert!(a.is_ascii() && a.byte_offset("hello", 5) == 5 && a.char_count() == 5);
}

fn field(first: FieldFirst, rest: Vec<FieldAccess>, conv: Option<char>, spec: &str) -> FmtItem {
    let (spec, spec_needs_expanding) = (spec.to_string(), false);
    let name = FieldName { first, rest };
    FmtItem::Field {
        name,
        conversion: conv,
        spec,
        spec_needs_expanding,
        spec_items: vec![],
    }
}

#[test]
fn format_template() {
    let lit = |s: &str| FmtItem::Literal(s.into());
    let idx = |index, auto| FieldFirst::Index { index, auto };
    assert_eq!(parse_format_template("a{{b}}c").unwrap(), [lit("a{b}c")]);
    assert_eq!(
        parse_format_template("x{0!r:>10} {٣}").unwrap(),
        [
            lit("x"),
            field(idx(0, false), vec![], Some('r'), ">10"),
            lit(" "),
            field(idx(3, false), vec![], None, "")
        ]
    );
    let rest = vec![
        FieldAccess::Attr("b".into()),
        FieldAccess::Item(FieldKey::Str("-1".into())),
        FieldAccess::Item(FieldKey::Int(0)),
        FieldAccess::Item(FieldKey::Str("a}b".into())),
    ];
    let got = parse_format_template("{a.b[-1][0][a}b]!s}").unwrap();
    assert_eq!(
        got,
        [field(FieldFirst::Name("a".into()), rest, Some('s'), "")]
    );
    // '{:{}}{}': outer field 0, nested width field 1, last field 2 (CPython's order).
    let got = parse_format_template("{:{}}{}").unwrap();
    let FmtItem::Field {
        spec,
        spec_needs_expanding: true,
        spec_items,
        ..
    } = &got[0]
    else {
        panic!()
    };
    assert_eq!(
        (spec.as_str(), &spec_items[..]),
        ("{}", &[field(idx(1, true), vec![], None, "")][..])
    );
    assert_eq!(got[1], field(idx(2, true), vec![], None, ""));
    for (t, e) in [
        ("{", "Single '{' encountered in format string"),
        ("a}b", "Single '}' encountered in format string"),
        ("{0:}}", "Single '}' encountered in format string"),
        ("{0", "expected '}' before end of string"),
        ("{0[}", "expected '}' before end of string"),
        (
            "{0!",
            "end of string while looking for conversion specifier",
        ),
        ("{0!}x", "expected ':' after conversion specifier"),
        ("{!}", "unmatched '{' in format spec"),
        ("{0:", "unmatched '{' in format spec"),
        ("{a{", "unexpected '{' in field name"),
        (
            "{0}{}",
            "cannot switch from manual field specification to automatic field numbering",
        ),
        (
            "{}{0}",
            "cannot switch from automatic field numbering to manual field specification",
        ),
        (
            "{0:{}}",
            "cannot switch from manual field specification to automatic field numbering",
        ),
        ("{:{:{}}}", "Max string recursion exceeded"),
        ("{0.}", "Empty attribute in format string"),
        ("{0[]}", "Empty attribute in format string"),
        (
            "{0[a]b}",
            "Only '.' or '[' may follow ']' in format field specifier",
        ),
        (
            "{99999999999999999999}",
            "Too many decimal digits in format string",
        ),
        ("{!x}", "Unknown conversion specifier x"),
        ("{0!é}", "Unknown conversion specifier \\xe9"),
    ] {
        assert_eq!(parse_format_template(t), Err(e.to_string()), "{t}");
    }
}
