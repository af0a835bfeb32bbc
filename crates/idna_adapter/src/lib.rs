//! The back end of the `idna` crate: ICU4X natively, none on wasm32 (non-ASCII hosts are refused
//! there; the engine hands them to the browser's URL parser before `url` sees them).
//!
//! Both files are the published crate's code, unchanged: `icu4x.rs` is idna_adapter 1.2.2,
//! `stub.rs` idna_adapter 1.0.0.
#![no_std]
// ICU4X deprecates the conversions 1.2.2 uses; the published crate gets the same warnings, which
// Cargo only shows for path dependencies like this one.
#![allow(deprecated)]

#[cfg(not(target_arch = "wasm32"))]
include!("icu4x.rs");

#[cfg(target_arch = "wasm32")]
include!("stub.rs");
