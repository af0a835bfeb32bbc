//! Finds the policy among the page's blocks, in the spirit of Readability.
//!
//! Every block of prose (25 characters or more) gives its container a score — one point, one per
//! comma, one per hundred characters up to three — and passes a decaying share of it to the
//! container's ancestors (half to the grandparent, a third of that further up). Containers start
//! from a small weight for their tag and class, and their score is cut by the share of their text
//! that sits in links, since navigation is mostly links. The best container wins, together with
//! siblings that score nearly as well (a policy split across sibling `<div>`s).
//!
//! Inside the winner, blocks under page chrome (navigation, banners, "share" bars …) and blocks that
//! are mostly links are dropped. Chrome that *contains* the winner is not dropped: an ASP.NET page
//! wraps everything in a `<form>`, some sites put the policy inside a `<div class="modal">`, and
//! the score, not the markup, decides. When the strict pass keeps too little of the page's text it
//! is run again without the chrome rules (Readability's "relaxed" retry).

use super::blocks::{Block, BlockKind, Page, Role, NONE};

/// Blocks shorter than this are not prose and do not vote for a container.
const MIN_SCORED_CHARS: usize = 25;
/// How many ancestors above a block's container receive a share of its score.
const ANCESTOR_LEVELS: usize = 5;
/// A sibling of the winner joins it when it scores this share of the winner's score.
const SIBLING_SHARE: f64 = 0.2;
/// The strict pass must keep at least this share of the page's prose, or the relaxed pass runs.
const MIN_SHARE_OF_PROSE: f64 = 0.25;
/// How much a character of navigation or chrome costs against a character of prose when widening.
const NOISE_WEIGHT: f64 = 1.0;
/// Widening moves to an ancestor only when it is worth this share more than the best so far.
const MIN_WIDEN_GAIN: f64 = 0.03;
/// A block with more of its text in links than this is navigation.
const MAX_LINK_DENSITY: f64 = 0.5;

/// A hidden element inside the content is a collapsed panel of it ("read more", accordions, tabs)
/// when it holds at least this much text…
const MIN_REVEALED_CHARS: usize = 80;
/// … and at most this share of it is links (a hidden share menu or a dropdown is mostly links).
const MAX_REVEALED_LINK_DENSITY: f64 = 0.3;

/// The blocks of the main content, in document order.
pub(crate) fn main_content(page: &Page) -> Vec<&Block> {
    let prose: usize = page.blocks.iter().filter(|b| is_prose(page, b)).map(|b| b.chars).sum();
    let strict = select(page, true);
    let kept: usize = strict.iter().filter(|b| is_prose(page, b)).map(|b| b.chars).sum();
    if kept > 0 && (kept as f64) >= MIN_SHARE_OF_PROSE * prose as f64 {
        return strict;
    }
    let relaxed = select(page, false);
    if relaxed.is_empty() {
        // Too little prose to score anything: keep every block that is not navigation.
        return page.blocks.iter().filter(|b| !is_links(b) && !is_hidden(page, b)).collect();
    }
    relaxed
}

/// A visible block of prose: the kind that votes for its container.
fn is_prose(page: &Page, block: &Block) -> bool {
    !matches!(block.kind, BlockKind::Heading(_))
        && block.chars >= MIN_SCORED_CHARS
        && !is_links(block)
        && !is_hidden(page, block)
}

fn is_hidden(page: &Page, block: &Block) -> bool {
    page.elements.get(block.owner).is_some_and(|e| e.hidden_above != NONE)
}

/// Whether `form` is a form inside the content at `root` that holds only a small part of it (a
/// feedback or sign-up box). A form holding most of the content is a page wrapper (ASP.NET).
fn is_small_form(page: &Page, form: usize, root: usize) -> bool {
    let (Some(f), Some(r)) = (page.elements.get(form), page.elements.get(root)) else { return false };
    form > root && f.chars * 2 < r.chars
}

/// Whether the hidden element `hidden` is a collapsed part of the content rooted at `root`.
fn is_collapsed_content(page: &Page, hidden: usize, root: usize) -> bool {
    let Some(element) = page.elements.get(hidden) else { return false };
    hidden > root
        && element.chars >= MIN_REVEALED_CHARS
        && link_density(element.chars, element.link_chars) <= MAX_REVEALED_LINK_DENSITY
}

/// How many commas `text` holds, full-width and ideographic ones included (most blocks have none of
/// those, and need a byte count only).
fn commas(text: &str) -> usize {
    let ascii = text.bytes().filter(|b| *b == b',').count();
    if !super::sentences::has_wide_punctuation(text.as_bytes()) {
        return ascii;
    }
    ascii + text.chars().filter(|c| matches!(c, '，' | '、')).count()
}

fn is_links(block: &Block) -> bool {
    block.link_chars as f64 > MAX_LINK_DENSITY * block.chars as f64
}

fn link_density(chars: usize, link_chars: usize) -> f64 {
    if chars == 0 {
        0.0
    } else {
        link_chars as f64 / chars as f64
    }
}

/// Widens the Readability winner to the ancestor that holds the most policy for the least chrome.
///
/// Readability's winner is the container with the densest prose, which on a policy split into many
/// sibling sections (one `<div>` per section, each with its own heading) is a single section. Each
/// ancestor of the winner is weighed by the prose it holds minus [`NOISE_WEIGHT`] times the text it
/// holds that is navigation (mostly links) or, in the strict pass, under chrome; the best wins.
fn widen(page: &Page, candidate: usize, strict: bool) -> usize {
    let elements = &page.elements;
    let mut prose = vec![0usize; elements.len()];
    let mut noise = vec![0usize; elements.len()];
    for block in &page.blocks {
        let Some(owner) = elements.get(block.owner) else { continue };
        if owner.hidden_above != NONE {
            continue;
        }
        let chrome = strict && owner.chrome_above != NONE;
        let slot = if is_links(block) || chrome {
            noise.get_mut(block.owner)
        } else if is_prose(page, block) {
            prose.get_mut(block.owner)
        } else {
            None
        };
        if let Some(slot) = slot {
            *slot += block.chars;
        }
    }
    for i in (0..elements.len()).rev() {
        let parent = elements.get(i).map_or(NONE, |e| e.parent);
        let (p, n) = (prose.get(i).copied().unwrap_or(0), noise.get(i).copied().unwrap_or(0));
        if let Some(slot) = prose.get_mut(parent) {
            *slot += p;
        }
        if let Some(slot) = noise.get_mut(parent) {
            *slot += n;
        }
    }
    let value = |i: usize| {
        prose.get(i).copied().unwrap_or(0) as f64 - NOISE_WEIGHT * noise.get(i).copied().unwrap_or(0) as f64
    };
    let mut best = (candidate, value(candidate));
    let mut at = elements.get(candidate).map_or(NONE, |e| e.parent);
    while let Some(element) = elements.get(at) {
        let v = value(at);
        // An ancestor must add a real share of policy, not a sidebar box's paragraph.
        if v > best.1 + MIN_WIDEN_GAIN * best.1.abs() {
            best = (at, v);
        }
        at = element.parent;
    }
    best.0
}

/// One Readability pass. `strict` ignores the text under chrome when scoring and drops it after.
fn select(page: &Page, strict: bool) -> Vec<&Block> {
    let elements = &page.elements;
    let mut scores: Vec<Option<f64>> = vec![None; elements.len()];
    for block in &page.blocks {
        if !is_prose(page, block) {
            continue;
        }
        let Some(owner) = elements.get(block.owner) else { continue };
        if strict && owner.chrome_above != NONE {
            continue;
        }
        let commas = commas(&block.text);
        let score = 1.0 + commas as f64 + (block.chars as f64 / 100.0).min(3.0);
        // A paragraph's own element is not a container: the score starts at its parent.
        let mut at = if owner.role == Role::Paragraph { owner.parent } else { block.owner };
        for level in 0..ANCESTOR_LEVELS {
            let Some(element) = elements.get(at) else { break };
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f64 * 3.0,
            };
            let slot = match scores.get_mut(at) {
                Some(slot) => slot,
                None => break,
            };
            let start = element.tag_weight + element.class_weight;
            *slot = Some(slot.unwrap_or(start) + score / divider);
            at = element.parent;
        }
    }
    let mut best: Option<(usize, f64)> = None;
    let mut final_scores = vec![0.0; elements.len()];
    for (i, score) in scores.iter().enumerate() {
        let (Some(score), Some(element)) = (score, elements.get(i)) else { continue };
        if strict && element.chrome_above != NONE {
            continue;
        }
        let score = score * (1.0 - link_density(element.chars, element.link_chars));
        if let Some(slot) = final_scores.get_mut(i) {
            *slot = score;
        }
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((i, score));
        }
    }
    let Some((candidate, top)) = best else { return Vec::new() };
    let root = widen(page, candidate, strict);
    // The winner and its siblings that score nearly as well.
    let mut roots = vec![root];
    let parent = elements.get(root).map_or(NONE, |e| e.parent);
    if parent != NONE {
        let threshold = (top * SIBLING_SHARE).max(10.0);
        for (i, element) in elements.iter().enumerate() {
            if i != root && element.parent == parent && final_scores.get(i).is_some_and(|s| *s >= threshold) {
                if strict && element.chrome {
                    continue;
                }
                roots.push(i);
            }
        }
    }
    // The root holding an element, if any.
    let root_of = |owner: usize| {
        roots.iter().copied().find(|r| {
            let end = elements.get(*r).map_or(*r, |e| e.end);
            (*r..=end).contains(&owner)
        })
    };
    page.blocks
        .iter()
        .filter(|b| {
            let Some(root) = root_of(b.owner) else { return false };
            if is_links(b) {
                return false;
            }
            let Some(owner) = elements.get(b.owner) else { return false };
            if owner.hidden_above != NONE && !is_collapsed_content(page, owner.hidden_above, root) {
                return false;
            }
            // Chrome at or above the root is the page's frame, not chrome inside the content.
            !strict || ((owner.chrome_above == NONE || owner.chrome_above <= root) && !is_small_form(page, owner.form_above, root))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn commas_are_counted_in_every_script() {
        for text in ["", "a, b, c", "ein Satz，und、noch", "，，,", "\u{fffd}, x", "日本、中国", "no commas here"] {
            let want = text.chars().filter(|c| matches!(c, ',' | '，' | '、')).count();
            assert_eq!(super::commas(text), want, "{text:?}");
        }
    }
}
