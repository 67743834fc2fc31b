//! `str` storage: UTF-8 text with its code-point length, a cached hash, and O(1)
//! indexing. ASCII strings index bytes directly; other strings build a table of
//! byte offsets on first indexing.

use std::cell::{Cell, OnceCell};

use super::hashtable::hash_str;

/// A Python str.
pub struct PyStr {
    s: Box<str>,
    char_len: usize,
    hash: Cell<i64>,
    offsets: OnceCell<Box<[u32]>>,
}

/// Sentinel for "hash not computed" (hash_str never returns -1).
const NO_HASH: i64 = -1;

impl PyStr {
    /// Wrap a string.
    pub fn new(s: impl Into<Box<str>>) -> Self {
        let s = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            char_len,
            hash: Cell::new(NO_HASH),
            offsets: OnceCell::new(),
        }
    }
    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    /// All characters are ASCII.
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
    /// Cached hash.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }
    /// Byte offset of code point `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.char_len {
            return self.s.len();
        }
        self.offsets()[i] as usize
    }
    /// The byte offset of every code point (built on first use).
    fn offsets(&self) -> &[u32] {
        self.offsets
            .get_or_init(|| self.s.char_indices().map(|(b, _)| b as u32).collect())
    }
    /// Index of the code point that starts at byte offset `b` (a char boundary;
    /// `b == len` gives `char_len`).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        if b >= self.s.len() {
            return self.char_len;
        }
        self.offsets().partition_point(|&off| (off as usize) < b)
    }
    /// Code point `i` (`i < char_len`).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.s.as_bytes()[i] as char;
        }
        let off = self.byte_offset(i);
        self.s[off..].chars().next().unwrap_or('\0')
    }
    /// Substring of code points `start..end`.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.s[a..b]
    }
}
