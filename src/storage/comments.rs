//! Finding the comments a person wrote in a RON file (`// ...` and `/* ... */`, not inside
//! strings), so that a save never drops them without asking.

/// The comment lines at the top of a file, before anything else (blank lines included), which a
/// save keeps as they are.
#[must_use]
pub fn header_comments(text: &str) -> &str {
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() || (trimmed.starts_with("//") && !trimmed.starts_with("///*")) {
            end += line.len();
        } else {
            break;
        }
    }
    let header = text.get(..end).unwrap_or_default();
    if header.contains("//") { header } else { "" }
}

/// How many lines of `text` hold a comment.
#[must_use]
pub fn comment_lines(text: &str) -> usize {
    let mut lines = 0;
    let mut last_counted_line = None;
    let mut line = 0_usize;
    let mut count = |line: usize| {
        if last_counted_line != Some(line) {
            last_counted_line = Some(line);
            lines += 1;
        }
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '"' => {
                while let Some(inner) = chars.next() {
                    match inner {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        '\n' => line += 1,
                        _ => {}
                    }
                }
            }
            '/' if chars.peek() == Some(&'/') => {
                count(line);
                for inner in chars.by_ref() {
                    if inner == '\n' {
                        line += 1;
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                count(line);
                let mut previous = ' ';
                for inner in chars.by_ref() {
                    if inner == '\n' {
                        line += 1;
                        count(line);
                    }
                    if previous == '*' && inner == '/' {
                        break;
                    }
                    previous = inner;
                }
            }
            _ => {}
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::comment_lines;

    #[test]
    fn comments_are_counted_and_strings_are_not_comments() {
        assert_eq!(comment_lines("(a: 1)\n"), 0);
        assert_eq!(comment_lines("(url: \"https://example.org\", note: \"a // b\")"), 0);
        assert_eq!(comment_lines("// one\n(a: 1, // two\n b: 2)"), 2);
        assert_eq!(comment_lines("/* one\n two */ (a: 1)"), 2);
        assert_eq!(comment_lines("(a: \"quote \\\" // still a string\")"), 0);
    }

    #[test]
    fn the_header_is_the_comment_block_at_the_top() {
        assert_eq!(super::header_comments("// one\n// two\n\n(a: 1) // not\n"), "// one\n// two\n\n");
        assert_eq!(super::header_comments("(a: 1)\n// after\n"), "");
        assert_eq!(super::header_comments("\n\n(a: 1)"), "");
    }
}
