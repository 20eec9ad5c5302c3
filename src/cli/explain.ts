/**
 * `--explain`: what the tool saw in a document and why it took or left each
 * thing — every table with its caption, line and column roles and the rows
 * taken, every table skipped with the reason, the list items found and the
 * numbered items skipped for naming no units, and every deadline left
 * `unspecified`. Colour (through chalk) only where the stream supports it.
 */
import type { ChalkInstance } from 'chalk';
import type { Explanation, ExplainedRole } from '../extract.js';
import type { DocumentRecord } from '../model/records.js';

const MAX_TEXT = 40;
const clip = (s: string, n = MAX_TEXT) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function renderExplanation(record: DocumentRecord, x: Explanation, c: ChalkInstance): string {
  const out: string[] = [];
  const where = record.lineBase === 'line' ? 'line' : 'block';
  const origins = x.only ? ` (--only ${x.only})` : '';
  out.push(c.bold(`== ${record.source}`) + c.dim(` — ${record.format}, ${record.encoding}, ${record.tasks.length} task(s)${origins}`));
  out.push(`title: ${record.title ?? c.dim('none found')}   docNumber: ${record.docNumber ?? c.dim('none')}   issued: ${record.issued ?? c.dim('none')}`);
  out.push(`year for year-less deadlines: ${x.year.value === null ? c.dim('none (they stay unspecified; --reference-year gives one)') : `${x.year.value} (${x.year.from === 'document' ? 'from the document' : '--reference-year'})`}`);

  const taken = x.tables.filter((t) => t.status !== 'skipped').length;
  out.push('', c.bold(`tables: ${x.tables.length} seen, ${taken} taken`));
  for (const t of x.tables) {
    const caption = t.caption ? ` “${clip(t.caption)}”` : '';
    if (t.status === 'taken') {
      out.push(`  ${c.green('✓ task table')} ${t.index} at ${where} ${t.line}${caption}: ${t.rows} row(s) taken`);
      out.push(`    columns: ${t.columns.map((col) => `${col.name} → ${roleText(col.role, c)}`).join(' | ')}`);
    } else if (t.status === 'continued') {
      out.push(`  ${c.green('✓ continues')} task table ${t.index} at ${where} ${t.line}${caption}: ${t.rows} more row(s) taken`);
    } else {
      out.push(`  ${c.yellow('✗ skipped')} table at ${where} ${t.line}${caption}: ${t.reason}`);
    }
  }

  if (x.only !== 'tables') {
    out.push('', c.bold(`list items: ${x.listItems.length} found, ${x.skippedItems.length} numbered item(s) skipped (no responsible units named)`));
    for (const i of x.listItems) out.push(`  ${c.green('✓')} ${where} ${i.line}: ${i.seq ?? '–'} ${clip(i.task)}`);
    for (const s of x.skippedItems) out.push(`  ${c.yellow('✗')} ${where} ${s.line}: ${s.seq} ${clip(s.text)} ${c.dim('— no units named')}`);
  }

  out.push('', c.bold(`unspecified deadlines: ${x.unspecified.length}`));
  for (const u of x.unspecified) out.push(`  ${c.yellow('?')} ${where} ${u.line}: ${u.text ? `“${clip(u.text)}”` : c.dim('(empty cell)')} ${c.dim(u.id)}`);

  if (record.warnings.length) {
    out.push('', c.bold(`warnings: ${record.warnings.length}`));
    for (const w of record.warnings) out.push(`  ${c.yellow(w.code)}${w.line !== undefined ? ` ${where} ${w.line}` : ''}: ${w.message}`);
  }
  return `${out.join('\n')}\n\n`;
}

function roleText(role: ExplainedRole, c: ChalkInstance): string {
  switch (role) {
    case 'task': return c.cyan(role);
    case 'leads': case 'partners': return c.magenta(role);
    case 'deadline': return c.blue(role);
    case 'ignored': case 'unknown': return c.dim(role);
    default: return role;
  }
}
