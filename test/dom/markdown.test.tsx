import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Markdown } from '../../renderer/src/components/Markdown';
import { DataSourcesScreen } from '../../renderer/src/features/data-sources/DataSourcesScreen';
import { connectRealCore } from './skills/skills-dom-core';

describe('Markdown', () => {
  it('renders headings, paragraphs, lists, bold, italic, code and https links as elements', () => {
    const text = [
      '## Source',
      '',
      '### Detail',
      '',
      'A paragraph wrapped',
      'over two lines with **bold**, *italic*, _also italic_ and `code`.',
      '',
      '- **Publisher**: BLS, see [the survey](https://www.bls.gov/oes/)',
      '  continued on the next line',
      '- snake_case_name and 2 * 3 stay as typed',
      '',
      '1. first',
      '2. second',
    ].join('\n');
    const { container } = render(<Markdown text={text} headingLevel={3} />);
    // The shallowest heading takes the level asked for; deeper ones follow without a gap.
    expect(screen.getByRole('heading', { level: 3, name: 'Source' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: 'Detail' })).toBeTruthy();
    const paragraph = container.querySelector('p');
    expect(paragraph?.textContent).toBe('A paragraph wrapped over two lines with bold, italic, also italic and code.');
    expect(paragraph?.querySelector('strong')?.textContent).toBe('bold');
    expect([...(paragraph?.querySelectorAll('em') ?? [])].map((e) => e.textContent)).toEqual(['italic', 'also italic']);
    expect(paragraph?.querySelector('code')?.textContent).toBe('code');
    const [bullets, numbers] = screen.getAllByRole('list');
    const items = within(bullets as HTMLElement).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Publisher: BLS, see the survey continued on the next line',
      'snake_case_name and 2 * 3 stay as typed',
    ]);
    const link = screen.getByRole('link', { name: 'the survey' });
    expect(link.getAttribute('href')).toBe('https://www.bls.gov/oes/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
    expect(within(numbers as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['first', 'second']);
    expect(numbers?.tagName).toBe('OL');
  });

  it('never turns the text into HTML, and links only to https', () => {
    const text = '<img src=x onerror="alert(1)"> <script>alert(2)</script>\n\n[click](javascript:alert(3)) [plain](http://example.com) <a href="https://evil">x</a>';
    const { container } = render(<Markdown text={text} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.textContent).toContain('<img src=x onerror="alert(1)"> <script>alert(2)</script>');
    expect(container.textContent).toContain('click plain <a href="https://evil">x</a>');
  });
});

describe('Data sources screen', () => {
  let t: Awaited<ReturnType<typeof connectRealCore>>;
  beforeEach(async () => {
    t = await connectRealCore();
  });
  afterEach(() => t.core.dispose());

  it('shows each dataset’s provenance as formatted text, not raw Markdown', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    render(<DataSourcesScreen />);
    const card = (await screen.findByRole('heading', { name: /BLS OEWS May 2025/, level: 2 })).closest('article') as HTMLElement;
    await user.click(within(card).getByText('Provenance'));
    const provenance = card.querySelector('.provenance') as HTMLElement;
    expect(within(provenance).getAllByRole('listitem').length).toBeGreaterThan(3);
    expect(within(provenance).getByText('Publisher', { selector: 'strong' })).toBeTruthy();
    expect(within(provenance).getByText('oe.data.0.Current', { selector: 'code' })).toBeTruthy();
    expect(provenance.textContent).not.toMatch(/\*\*|`|^- /m);
  });
});
