import fc from 'fast-check'
import { outputProblems } from './test/domain/sanitizer-check'
import { sanitizeHtml } from './src/domain/html'
import { VECTORS } from './test/domain/sanitizer-corpus'
const P = ['<p>', '</p>', '<div>', '</div>', '<a href="', '<a href=', '</a>', 'javascript:', '&#0000106;', '">', "'", '"', ' onerror=', '<img src=x', '<svg', '<svg/', '<math>', '<style>', '</style>', '<script>', '</script>', '<xmp>', '</xmp>', '<noembed>', '</noembed>', '<plaintext>', '<textarea>', '<title>', '<!--', '-->', '--!>', '<!-->', '<![CDATA[', ']]>', '<?', '</', '<', '>', '/', '=', '&', ' ', '\n', '\r', '\u0000', 'text', '<table>', '</table>', '<td>', '<th>', '<tr>', '<tbody>', '<caption>', '</td>', '</tr>', '<li>', '</li>', '<ul>', '</ul>', '<ol>', '<dl>', '<dt>', '<dd>', '<pre>', '</pre>', '\n\n', '<h1>', '</h1>', '<h2>', '<h3>', '</h3>', '<br/>', '</br>', '<b>', '</b>', '<blockquote>', '<figure>', '<section>', '<form>', '</form>', '<span>', '</span>', '<q>', '<hr>', '<code>']
const markup = fc.array(fc.oneof(fc.constantFrom(...P), fc.string({ maxLength: 3 })), { maxLength: 60 }).map((p) => p.join(''))
fc.assert(fc.property(markup, (s) => { const pr = outputProblems(sanitizeHtml(s)); if (pr.length) throw new Error(JSON.stringify(s) + ' ' + pr.join('; ')) }), { numRuns: 200000 })
console.log('ok 200000, corpus', VECTORS.length)
