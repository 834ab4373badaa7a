/** Styles of the standalone HTML export: a plain careers page that also prints well. (The preview's are in client/media.) */
export const standaloneCss = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: #1f2933; background: #fff; margin: 0; }
.posting { max-width: 50rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
.posting-banner { border-bottom: 3px solid #0072bc; padding-bottom: 1rem; margin-bottom: 1.5rem; }
.posting-banner h1 { margin: 0 0 .25rem; font-size: 1.8rem; color: #0072bc; }
.posting-subtitle { margin: 0; color: #52606d; }
.posting-facts, .posting-fields { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.5rem; margin: 1rem 0; }
.posting-facts div, .posting-fields div { display: contents; }
dt { font-weight: 600; }
dd { margin: 0; }
.note { font-weight: 400; color: #52606d; font-size: .9em; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #d9e2ec; padding-bottom: .25rem; }
h3 { font-size: 1.15rem; margin-top: 1.5rem; }
h4 { font-size: 1rem; margin-top: 1.25rem; }
ul.starred { list-style: none; padding-left: 0; }
ul.starred li::before { content: "* "; }
ul.rows { list-style: none; padding-left: 0; }
li { margin: .25rem 0; }
mark.placeholder { background: #fff3bf; color: #5c3c00; outline: 1px dashed #b7791f; }
mark.placeholder::before { content: "\\26A0\\FE0E  " attr(data-label) ": "; font-weight: 600; font-size: .85em; }
@media print { .posting { padding: 0; } h2 { break-after: avoid; } }
`;
