import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rules that keep UI text in the catalogs (eslint.config.js), run on sample components: a word written
// straight into JSX, or into an attribute a person reads, fails `npm run lint` and so CI.
describe('UI text goes through the i18n layer', () => {
  const eslint = new ESLint();
  const problems = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: 'src/web/features/sample/Sample.tsx' });
    return result!.messages.map((message) => message.ruleId);
  };

  it('refuses English written into JSX text and read-aloud attributes', { timeout: 60_000 }, async () => {
    expect(await problems('export const Note = () => <p>Save changes</p>;\n')).toContain('i18next/no-literal-string');
    expect(await problems('export const Search = () => <input placeholder="Search" />;\n')).toContain(
      'no-restricted-syntax',
    );
    expect(await problems('export const Close = () => <button aria-label="Close" />;\n')).toContain(
      'no-restricted-syntax',
    );
  });

  it('accepts text from t()', { timeout: 60_000 }, async () => {
    const code = [
      "import { t } from '../../i18n/index.ts';",
      "export const Saved = () => <p title={t('common.save')}>{t('common.save')}</p>;",
      '',
    ].join('\n');
    expect(await problems(code)).toEqual([]);
  });
});
