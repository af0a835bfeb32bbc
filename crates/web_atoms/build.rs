// Copyright 2014-2017 The html5ever Project Developers. See the
// COPYRIGHT file at the top-level directory of this distribution.
//
// Licensed under the Apache License, Version 2.0 <LICENSE-APACHE or
// http://www.apache.org/licenses/LICENSE-2.0> or the MIT license
// <LICENSE-MIT or http://opensource.org/licenses/MIT>, at your
// option. This file may not be copied, modified, or distributed
// except according to those terms.

extern crate string_cache_codegen;

use std::env;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;

mod entities;

static NAMESPACES: &[(&str, &str)] = &[
    ("", ""),
    ("*", "*"),
    ("html", "http://www.w3.org/1999/xhtml"),
    ("xml", "http://www.w3.org/XML/1998/namespace"),
    ("xmlns", "http://www.w3.org/2000/xmlns/"),
    ("xlink", "http://www.w3.org/1999/xlink"),
    ("svg", "http://www.w3.org/2000/svg"),
    ("mathml", "http://www.w3.org/1998/Math/MathML"),
];

fn main() {
    let generated = Path::new(&env::var("OUT_DIR").unwrap()).join("generated.rs");
    let mut generated = BufWriter::new(File::create(generated).unwrap());

    named_entities(&Path::new(&env::var("OUT_DIR").unwrap()).join("named_entities.rs"));

    // Create a string cache for local names
    let local_names = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("local_names.txt");
    let mut local_names_atom = string_cache_codegen::AtomType::new("LocalName", "local_name!");
    for line in BufReader::new(File::open(local_names).unwrap()).lines() {
        let local_name = line.unwrap();
        local_names_atom.atom(&local_name);
        local_names_atom.atom(&local_name.to_ascii_lowercase());
    }
    local_names_atom
        .with_macro_doc("Takes a local name as a string and returns its key in the string cache.")
        .write_to(&mut generated)
        .unwrap();

    // Create a string cache for namespace prefixes
    string_cache_codegen::AtomType::new("Prefix", "namespace_prefix!")
        .with_macro_doc("Takes a namespace prefix string and returns its key in a string cache.")
        .atoms(NAMESPACES.iter().map(|&(prefix, _url)| prefix))
        .write_to(&mut generated)
        .unwrap();

    // Create a string cache for namespace urls
    string_cache_codegen::AtomType::new("Namespace", "namespace_url!")
        .with_macro_doc("Takes a namespace url string and returns its key in a string cache.")
        .atoms(NAMESPACES.iter().map(|&(_prefix, url)| url))
        .write_to(&mut generated)
        .unwrap();

    writeln!(
        generated,
        r#"
        /// Maps the input of [`namespace_prefix!`](macro.namespace_prefix.html) to
        /// the output of [`namespace_url!`](macro.namespace_url.html).
        ///
        #[macro_export] macro_rules! ns {{
        "#
    )
    .unwrap();
    for &(prefix, url) in NAMESPACES {
        writeln!(
            generated,
            "({prefix}) => {{ $crate::namespace_url!({url:?}) }};"
        )
        .unwrap();
    }
    writeln!(generated, "}}").unwrap();
}

// Changed from web_atoms 0.3.0, which wrote a phf map of every name and every prefix of a name.
// The tokenizer only asks "is this a name, or the start of one?", which a sorted list answers too.
// The list is written in the form that gzips best (lib.rs decodes it once, on first use): the names
// one after the other, one byte per name for its length, and the codepoints as the characters they
// are. Offsets (`u16` ends) and `(u32, u32)` pairs gzipped to three times the size.
fn named_entities(to: &Path) {
    let mut entities: Vec<(&str, u32, u32)> = entities::NAMED_ENTITIES
        .iter()
        .map(|(name, cp1, cp2)| {
            assert!(name.starts_with('&'));
            (&name[1..], *cp1, *cp2)
        })
        .collect();
    entities.sort_unstable_by(|a, b| a.0.cmp(b.0));
    entities.dedup_by(|a, b| a.0 == b.0);
    let mut names = String::new();
    let mut lengths = Vec::new();
    let mut chars = String::new();
    for (name, cp1, cp2) in &entities {
        names.push_str(name);
        // A name is at most 32 bytes long: the high bit says whether it stands for two codepoints.
        assert!(!name.is_empty() && name.len() < 0x80);
        chars.push(char::from_u32(*cp1).unwrap());
        let two = *cp2 != 0;
        if two {
            chars.push(char::from_u32(*cp2).unwrap());
        }
        lengths.push(name.len() as u8 | if two { 0x80 } else { 0 });
    }
    assert!(names.len() <= usize::from(u16::MAX));
    let mut file = BufWriter::new(File::create(to).unwrap());
    writeln!(
        file,
        r#"
/// The named character references of HTML and their codepoints. The second codepoint is 0 if the
/// reference stands for a single codepoint. Names have their preceding '&' removed.
///
/// # Examples
///
/// ```
/// use web_atoms::NAMED_ENTITIES;
///
/// assert_eq!(NAMED_ENTITIES.get("gt;").unwrap(), &(62, 0));
/// assert_eq!(NAMED_ENTITIES.get("g").unwrap(), &(0, 0));
/// assert_eq!(NAMED_ENTITIES.get("gx"), None);
/// ```
pub static NAMED_ENTITIES: NamedEntities = NamedEntities {{
    names: {names:?},
    lengths: &{lengths:?},
    chars: {chars:?},
    table: std::sync::OnceLock::new(),
}};"#
    )
    .unwrap();
}
