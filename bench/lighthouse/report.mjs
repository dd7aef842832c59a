// Reads bench/lighthouse.sh's JSON reports and writes the table of scores (median of the runs) and the failing audits
// into the performance doc, between its lighthouse markers, replacing what was there.
// Usage: node report.mjs REPORTS_DIR DOC COMMIT LOAD_BEFORE LOAD_AFTER
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, doc, commit, loadBefore, loadAfter] = process.argv.slice(2);
const begin = '<!-- lighthouse:begin -->', end = '<!-- lighthouse:end -->';
const categories = [['performance', 'performance'], ['accessibility', 'accessibility'], ['best-practices', 'best practices'], ['seo', 'SEO']];
const forms = ['desktop', 'mobile'];
const pages = readFileSync(join(dir, 'pages.txt'), 'utf8').trim().split('\n').map(line => line.split(' '));
const reports = readdirSync(dir).filter(f => f.endsWith('.json'))
  .map(f => ({ name: f.split('.')[0], form: f.split('.')[1], lhr: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));

const median = values => {
  const sorted = [...values].sort((a, b) => a - b), mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};
// Lighthouse's own pass mark: a binary audit passes at 1, a metric or a diagnostic with savings at 0.9. Audits in the
// "hidden" group (max-potential-fid) are not shown in Lighthouse's report either.
const failed = (audit, ref) => ref.group !== 'hidden' && audit.score !== null
  && (audit.scoreDisplayMode === 'binary' ? audit.score < 1 : ['numeric', 'metricSavings'].includes(audit.scoreDisplayMode) && audit.score < 0.9);

const rows = [], failures = [];
for (const [name, path] of pages) {
  for (const form of forms) {
    const runs = reports.filter(r => r.name === name && r.form === form).map(r => r.lhr);
    const scores = categories.map(([id]) => median(runs.map(lhr => Math.round(lhr.categories[id].score * 100))));
    rows.push(`| ${path} | ${form} | ${scores.join(' | ')} |`);
    const counts = new Map();
    for (const lhr of runs) {
      for (const [id] of categories) {
        for (const ref of lhr.categories[id].auditRefs) {
          const audit = lhr.audits[ref.id];
          if (!failed(audit, ref)) continue;
          const items = audit.details?.items?.length;
          const what = audit.scoreDisplayMode === 'binary' ? `${audit.title.replace(/\.$/, '')}${items ? `: ${items} items` : ''}` : audit.displayValue;
          const key = `\`${audit.id}\` (${what})`;
          counts.set(audit.id, { key, runs: (counts.get(audit.id)?.runs ?? 0) + 1 });
        }
      }
    }
    const list = [...counts.values()].map(c => c.runs === runs.length ? c.key : `${c.key} in ${c.runs} of ${runs.length} runs`);
    failures.push(`- ${path}, ${form}: ${list.length ? list.join('; ') : 'none'}`);
  }
}

const first = reports[0].lhr;
const table = [
  begin,
  `Lighthouse ${first.lighthouseVersion}, ${first.environment.hostUserAgent.match(/Chrome\/[\d.]+/)[0]} (headless), commit ${commit}, ` +
    `${new Date().toISOString().slice(0, 16)}Z; the median of ${reports.length / pages.length / forms.length} runs per page and form factor. ` +
    `Load average ${loadBefore} before the runs, ${loadAfter} after (2 cores, shared).`,
  '',
  '| page | form factor | ' + categories.map(([, title]) => title).join(' | ') + ' |',
  '|---|---|' + categories.map(() => '---|').join(''),
  ...rows,
  '',
  'Failing audits in any run (pass/fail audits under 1, metrics and diagnostics under 0.9, as Lighthouse marks them):',
  '',
  ...failures,
  end,
].join('\n');

const text = readFileSync(doc, 'utf8');
const from = text.indexOf(begin), to = text.indexOf(end);
if (from < 0 || to < from) throw new Error(`${doc} has no ${begin} ... ${end} block`);
writeFileSync(doc, text.slice(0, from) + table + text.slice(to + end.length));
