// Component tests' setup (both apps and packages/ui): an element says what it is when made a string, as in
// a browser ("[object HTMLDivElement]"). happy-dom's Element#toString returns the element's outerHTML, and
// Popper (under Element Plus's selects, tooltips, popovers and drop-downs) calls `node.toString()` to tell a
// window from an element, several times per position update: each call serialised the element's whole
// subtree, the page's body included. The apps' component tests took 94 s (web) and 39 s (admin) with
// it, 27 s each without.
if (typeof Element !== 'undefined') {
  Element.prototype.toString = function toString(this: Element) {
    return `[object ${this.constructor.name}]`
  }
}
