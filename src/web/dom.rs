//! A few helpers that make building DOM nodes with web-sys read like the structure they build.
//!
//! Text always goes in through `set_text_content`: policy text is untrusted and is never parsed as HTML.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

/// Turns a DOM exception into an error JavaScript can show.
pub(crate) fn js_error(value: JsValue) -> wasm_bindgen::JsError {
    let message = value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "unknown DOM error".to_string());
    wasm_bindgen::JsError::new(&message)
}

/// Builds elements in one document.
pub(crate) struct Dom {
    doc: Document,
}

impl Dom {
    pub(crate) fn of(node: &Element) -> Result<Dom, JsValue> {
        let doc = node.owner_document().ok_or_else(|| JsValue::from_str("the element has no document"))?;
        Ok(Dom { doc })
    }

    /// An element with a class (may be empty).
    pub(crate) fn el(&self, tag: &str, class: &str) -> Result<Element, JsValue> {
        let element = self.doc.create_element(tag)?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        Ok(element)
    }

    /// An element holding only text.
    pub(crate) fn text(&self, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
        let element = self.el(tag, class)?;
        element.set_text_content(Some(text));
        Ok(element)
    }

    /// A link that opens in a new tab without giving the page a handle on the extension.
    pub(crate) fn link(&self, class: &str, text: &str, href: &str) -> Result<Element, JsValue> {
        let a = self.text("a", class, text)?;
        a.set_attribute("href", href)?;
        a.set_attribute("target", "_blank")?;
        a.set_attribute("rel", "noopener noreferrer")?;
        Ok(a)
    }

    /// Appends every child to `parent`.
    pub(crate) fn append(parent: &Element, children: &[&Element]) -> Result<(), JsValue> {
        for child in children {
            parent.append_child(child)?;
        }
        Ok(())
    }
}

/// Appends `child` to `parent`.
pub(crate) fn add(parent: &Element, child: &Element) -> Result<(), JsValue> {
    parent.append_child(child).map(drop)
}

/// Calls the JavaScript callback `name` of `actions` with `arg`, ignoring a missing callback, and
/// returns what it returned (a failing callback reports its own error in the page).
pub(crate) fn call(actions: &js_sys::Object, name: &str, arg: &JsValue) -> Option<JsValue> {
    let callback = js_sys::Reflect::get(actions, &JsValue::from_str(name)).ok()?;
    let function = callback.dyn_into::<js_sys::Function>().ok()?;
    function.call1(&JsValue::NULL, arg).ok()
}
