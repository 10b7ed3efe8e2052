/**
 * Tag-name tables as data: one space-separated string per set (smaller in the content-script bundle than an array
 * of quoted names). Shared by the editor text map and the thread readers.
 */
export const tagSet = (names: string): ReadonlySet<string> => new Set(names.split(' '));

/** Elements that put their text on lines of its own, as innerText renders them. */
export const BLOCK_TAG_NAMES =
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI ' +
  'MAIN NAV OL P PRE SECTION TABLE TR UL';
