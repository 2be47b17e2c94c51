/**
 * @module The one stylesheet of our public pages, inlined in the head: readable on a phone, no
 * framework.
 */

/** Small, system fonts, a readable measure, dark mode, visible focus. */
export const PAGE_STYLE = `*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1.0625rem/1.6 Georgia,'Times New Roman',serif;color:#1c1c1c;background:#fdfdfb}
a{color:#0b57a4}a:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
.skip{position:absolute;inset-inline-start:-999px}.skip:focus{inset-inline-start:1rem;top:1rem;background:#fff;padding:.4rem}
header.site,footer.site{font-family:system-ui,sans-serif;padding:.75rem 1rem;border-bottom:1px solid #ddd}
footer.site{border-top:1px solid #ddd;border-bottom:0;font-size:.9rem;margin-top:2rem}
header.site a{font-weight:700;text-decoration:none;color:inherit}
main{max-width:42rem;margin:0 auto;padding:1rem}
h1{font-size:clamp(1.6rem,5vw,2.4rem);line-height:1.2;margin:.5rem 0}
.dek{font-size:1.2rem;color:#444;margin-top:0}
.meta,.kicker,.terms,nav.pager{font-family:system-ui,sans-serif;font-size:.9rem;color:#555}
.kicker a{text-transform:uppercase;letter-spacing:.05em;text-decoration:none}
figure{margin:1rem 0}figure img,.body img{max-width:100%;height:auto}
figcaption{font-family:system-ui,sans-serif;font-size:.85rem;color:#555}
.credit{font-style:italic}
main{overflow-wrap:anywhere}.body pre{overflow-x:auto}
aside.corrections{border-inline-start:4px solid #c27c00;background:#fff8e6;padding:.5rem 1rem;margin:1.5rem 0}
aside.corrections h2{font-size:1.1rem;margin:.4rem 0}
.terms ul,ol.stories{list-style:none;padding:0}
.terms li{display:inline;margin-inline-end:.6rem}
.related{border-top:1px solid #ccc;margin-top:2rem}.related h2{font-size:1.1rem}.related li{margin:.4rem 0}.related small{color:#555;font-family:system-ui,sans-serif}
ol.stories li{padding:.75rem 0;border-bottom:1px solid #e5e5e5}
ol.stories h2{font-size:1.25rem;margin:0 0 .25rem}
nav.pager{margin:1.5rem 0}
@media (prefers-color-scheme:dark){body{background:#121212;color:#e8e8e8}a{color:#8ab4f8}
.dek{color:#bbb}.meta,.kicker,.terms,nav.pager,figcaption{color:#aaa}
aside.corrections{background:#2a2208}ol.stories li{border-color:#333}}`
