// Injected on demand (a click, or a site the user granted) and evaluated for its value: the page as
// the browser has it now, after its scripts ran, serialised. Everything else — which links count,
// what a footer is, how links rank — is the engine's (src/discover), the same code the command line
// and the tests run. It sends no messages and reads nothing else.
document.documentElement.outerHTML;
