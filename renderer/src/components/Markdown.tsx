import type { ReactNode } from 'react';
import { parseMarkdown, type Inline } from './markdown-parse';

function renderInline(parts: readonly Inline[]): ReactNode[] {
  return parts.map((part, i) => {
    switch (part.kind) {
      case 'text':
        return part.text;
      case 'strong':
        return <strong key={i}>{renderInline(part.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(part.children)}</em>;
      case 'code':
        return <code key={i}>{part.text}</code>;
      case 'link':
        // Opened outside the app, as every external link is (the window refuses to navigate).
        return (
          <a key={i} href={part.href} target="_blank" rel="noreferrer">
            {renderInline(part.children)}
          </a>
        );
    }
  });
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * Markdown shown as formatted text, built from React elements only (never as HTML).
 * `headingLevel` is the level the text's shallowest heading takes, so its headings continue the
 * page's own outline without skipping a level.
 */
export function Markdown({ text, headingLevel = 3, className }: { text: string; headingLevel?: number; className?: string }) {
  const blocks = parseMarkdown(text);
  const top = Math.min(...blocks.map((b) => (b.kind === 'heading' ? b.level : 6)));
  return (
    <div className={className}>
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading': {
            const Tag = HEADINGS[Math.min(5, headingLevel - 1 + block.level - top)] ?? 'h6';
            return <Tag key={i}>{renderInline(block.content)}</Tag>;
          }
          case 'paragraph':
            return <p key={i}>{renderInline(block.content)}</p>;
          case 'list': {
            const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
            return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          case 'code':
            return (
              <pre key={i}>
                <code>{block.text}</code>
              </pre>
            );
        }
      })}
    </div>
  );
}
