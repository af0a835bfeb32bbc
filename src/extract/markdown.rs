//! Reads plain text and Markdown into sections and clauses.
//!
//! Only the Markdown a policy uses is understood: ATX (`#`) and setext (`===`) headings, bullet and
//! numbered lists, block quotes, pipe tables, fenced code, links and images (`[text](url)` keeps the
//! text), emphasis and inline code (markers removed), backslash escapes and a YAML front matter.
//! Plain text is paragraphs separated by blank lines; single line breaks inside a paragraph are
//! wrapping, not structure.

use super::builder::Builder;

/// Whether `text` given as plain text is really Markdown: a few lines of unmistakable syntax.
#[cfg(feature = "markdown")]
pub(crate) fn looks_like_markdown(text: &str) -> bool {
    let mut signals = 0;
    for line in text.lines().take(2000) {
        let t = line.trim_start();
        if t.starts_with("# ") || t.starts_with("## ") || t.starts_with("### ") || t.starts_with("**") {
            signals += 1;
        }
        if t.contains("](") {
            signals += 1;
        }
        if signals >= 2 {
            return true;
        }
    }
    false
}

/// Feeds the blocks of `text` to `builder`, reading Markdown syntax when `markdown` is set.
pub(crate) fn read(text: &str, markdown: bool, builder: &mut Builder) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<&str> = text.split('\n').collect();
    if markdown {
        lines = strip_front_matter(lines);
    }
    let mut paragraph: Vec<String> = Vec::new();
    let mut in_fence = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines.get(i).copied().unwrap_or("");
        i += 1;
        let trimmed = line.trim();
        if !markdown {
            if trimmed.is_empty() {
                flush(&mut paragraph, builder, false);
            } else {
                paragraph.push(trimmed.to_string());
            }
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            flush(&mut paragraph, builder, true);
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            if !trimmed.is_empty() {
                builder.unit(trimmed);
            }
            continue;
        }
        // Block quotes are read as their content.
        let mut content = trimmed;
        while let Some(rest) = content.strip_prefix('>') {
            content = rest.trim_start();
        }
        if content.is_empty() {
            flush(&mut paragraph, builder, true);
            continue;
        }
        if let Some((level, heading)) = atx_heading(content) {
            flush(&mut paragraph, builder, true);
            builder.heading(level, &inline(heading));
            continue;
        }
        // A setext underline turns the paragraph above into a heading.
        if !paragraph.is_empty() && is_rule(content, '=') {
            let heading = paragraph.join(" ");
            paragraph.clear();
            builder.heading(1, &inline(&heading));
            continue;
        }
        if !paragraph.is_empty() && is_rule(content, '-') && !content.contains(' ') {
            let heading = paragraph.join(" ");
            paragraph.clear();
            builder.heading(2, &inline(&heading));
            continue;
        }
        if is_rule(content, '-') || is_rule(content, '*') || is_rule(content, '_') {
            flush(&mut paragraph, builder, true);
            continue;
        }
        if content.starts_with('|') {
            flush(&mut paragraph, builder, true);
            if !is_table_separator(content) {
                let cells: Vec<String> = content
                    .trim_matches('|')
                    .split('|')
                    .map(|c| inline(c.trim()))
                    .filter(|c| !c.is_empty())
                    .collect();
                builder.unit(&cells.join(" | "));
            }
            continue;
        }
        if is_reference_definition(content) {
            continue;
        }
        if let Some(item) = list_item(content) {
            flush(&mut paragraph, builder, true);
            paragraph.push(item.to_string());
            continue;
        }
        paragraph.push(content.to_string());
    }
    flush(&mut paragraph, builder, markdown);
}

fn flush(paragraph: &mut Vec<String>, builder: &mut Builder, markdown: bool) {
    if paragraph.is_empty() {
        return;
    }
    let text = paragraph.join(" ");
    paragraph.clear();
    builder.block(&if markdown { inline(&text) } else { text });
}

/// Drops a leading `---` … `---` block of metadata.
fn strip_front_matter(lines: Vec<&str>) -> Vec<&str> {
    if lines.first().is_some_and(|l| l.trim() == "---") {
        if let Some(end) = lines.iter().skip(1).position(|l| l.trim() == "---" || l.trim() == "...") {
            return lines.into_iter().skip(end + 2).collect();
        }
    }
    lines
}

fn atx_heading(line: &str) -> Option<(usize, &str)> {
    let level = line.chars().take_while(|c| *c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = line.get(level..)?;
    if !(rest.is_empty() || rest.starts_with(' ') || rest.starts_with('\t')) {
        return None;
    }
    Some((level, rest.trim().trim_end_matches('#').trim_end()))
}

fn is_rule(line: &str, marker: char) -> bool {
    let marks = line.chars().filter(|c| *c == marker).count();
    marks >= 3 && line.chars().all(|c| c == marker || c == ' ')
}

fn is_table_separator(line: &str) -> bool {
    line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[') && line.contains("]:") && !line.contains("](")
}

/// The text of a list item (`- x`, `* x`, `+ x`, `1. x`, `1) x`), if the line is one.
fn list_item(line: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ ", "• "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some(rest.trim_start());
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = line.get(digits..)?;
        let rest = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") "))?;
        return Some(rest.trim_start());
    }
    None
}

/// Removes inline Markdown: links and images keep their text, emphasis and code markers go,
/// backslash escapes and `<br>`-style tags are resolved. Linear in the length of the text.
pub(crate) fn inline(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let next = NextMarks::new(&chars);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' if chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                if let Some(n) = chars.get(i + 1) {
                    out.push(*n);
                }
                i += 2;
            }
            '!' if chars.get(i + 1) == Some(&'[') => {
                // An image: keep its alt text like a link's.
                i += 1;
            }
            '[' => match link_end(&next, i) {
                Some((label_end, after)) => {
                    let label: String = chars.get(i + 1..label_end).unwrap_or(&[]).iter().collect();
                    out.push_str(&inline(&label));
                    i = after;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '*' | '~' => {
                // Emphasis and strike-through markers; a lone `*` between spaces is kept.
                let run = chars.get(i..).unwrap_or(&[]).iter().take_while(|x| **x == c).count();
                let before_space = i == 0 || chars.get(i - 1).is_some_and(|p| p.is_whitespace());
                let after_space = chars.get(i + run).is_none_or(|n| n.is_whitespace());
                if before_space && after_space {
                    out.extend(std::iter::repeat_n(c, run));
                }
                i += run;
            }
            '_' => {
                // Underscores inside words (snake_case) are not emphasis.
                let run = chars.get(i..).unwrap_or(&[]).iter().take_while(|x| **x == '_').count();
                let prev_word = i > 0 && chars.get(i - 1).is_some_and(|p| p.is_alphanumeric());
                let next_word = chars.get(i + run).is_some_and(|n| n.is_alphanumeric());
                if prev_word && next_word {
                    out.extend(std::iter::repeat_n('_', run));
                }
                i += run;
            }
            '`' => i += 1,
            '<' => match chars.get(i..).unwrap_or(&[]).iter().take(200).position(|x| *x == '>') {
                Some(len) => {
                    let inner: String = chars.get(i + 1..i + len).unwrap_or(&[]).iter().collect();
                    let autolink = inner.starts_with("http://")
                        || inner.starts_with("https://")
                        || inner.starts_with("mailto:")
                        || (inner.contains('@') && !inner.contains(char::is_whitespace));
                    if autolink {
                        out.push_str(inner.trim_start_matches("mailto:"));
                    } else if is_tag(&inner) {
                        out.push(' ');
                    } else {
                        out.push('<');
                        i += 1;
                        continue;
                    }
                    i += len + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// For a `[` at `open`: where the label ends and where the link syntax ends, for `[x](url)`,
/// `[x][ref]` and `[x][]`. The label ends at the next `]` (labels with brackets inside are rare);
/// `next` holds, for every position, where the next `]` and `)` are, so a text full of stray
/// brackets stays linear.
fn link_end(next: &NextMarks, open: usize) -> Option<(usize, usize)> {
    let close = next.close_bracket(open + 1)?;
    match next.chars.get(close + 1) {
        Some('(') => {
            let end = next.close_paren(close + 2)?;
            Some((close, end + 1))
        }
        Some('[') => {
            let end = next.close_bracket(close + 2)?;
            Some((close, end + 1))
        }
        _ => None,
    }
}

/// The positions of the next `]` and `)` at or after each index of a text.
struct NextMarks<'a> {
    chars: &'a [char],
    bracket: Vec<usize>,
    paren: Vec<usize>,
}

impl<'a> NextMarks<'a> {
    fn new(chars: &'a [char]) -> NextMarks<'a> {
        let mut bracket = vec![usize::MAX; chars.len() + 1];
        let mut paren = vec![usize::MAX; chars.len() + 1];
        for i in (0..chars.len()).rev() {
            let (b, p) = (bracket.get(i + 1).copied().unwrap_or(usize::MAX), paren.get(i + 1).copied().unwrap_or(usize::MAX));
            let c = chars.get(i).copied();
            if let Some(slot) = bracket.get_mut(i) {
                *slot = if c == Some(']') { i } else { b };
            }
            if let Some(slot) = paren.get_mut(i) {
                *slot = if c == Some(')') { i } else { p };
            }
        }
        NextMarks { chars, bracket, paren }
    }

    fn close_bracket(&self, from: usize) -> Option<usize> {
        self.bracket.get(from).copied().filter(|i| *i != usize::MAX)
    }

    fn close_paren(&self, from: usize) -> Option<usize> {
        self.paren.get(from).copied().filter(|i| *i != usize::MAX)
    }
}

fn is_tag(inner: &str) -> bool {
    let name = inner.trim_start_matches('/');
    let name: String = name.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    !name.is_empty() && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}
