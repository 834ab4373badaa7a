import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import type { Completion } from '../engine';

const kinds: Record<Completion['kind'], CompletionItemKind> = {
  field: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  competency: CompletionItemKind.Value,
  date: CompletionItemKind.Constant,
  language: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
};

export function toCompletionItem(completion: Completion): CompletionItem {
  const item: CompletionItem = {
    label: completion.label,
    kind: kinds[completion.kind],
    filterText: completion.filterText,
    sortText: completion.sortText,
    textEdit: { range: completion.range, newText: completion.insertText },
    insertTextFormat: completion.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // Skeletons are written relative to the key's column; the editor indents the following lines.
    insertTextMode: InsertTextMode.adjustIndentation,
  };
  if (completion.detail) {
    item.detail = completion.detail;
    item.labelDetails = { description: completion.detail };
  }
  if (completion.documentation) item.documentation = { kind: MarkupKind.Markdown, value: completion.documentation };
  return item;
}
