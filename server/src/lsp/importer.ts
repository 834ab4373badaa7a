/**
 * The importer, as the server's thread loads it: the bundled server requires it from a bundle of its own,
 * dist/importer.js, on the first `posting/import` (esbuild.mjs), as it loads the Word library on the first .docx
 * export. A session that never imports does not hold its code and data (a seventh of the server bundle: its layouts,
 * labels and HTML entities). Run from the sources, this is an ordinary module.
 */
export { importFromText } from '../engine/import/fromText';
