// Shared by the document targets: the first input byte picks the format, the rest is the document.

use clausewise::Format;

/// The format the first byte selects, and the document bytes after it.
pub fn split(data: &[u8]) -> (Format, &[u8]) {
    let (selector, rest) = data.split_first().map_or((0, data), |(s, r)| (*s, r));
    let format = match selector % 3 {
        0 => Format::Html,
        1 => Format::Text,
        _ => Format::Markdown,
    };
    (format, rest)
}
