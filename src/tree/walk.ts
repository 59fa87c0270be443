import { assertNever, type Block } from './types.js';

/** Every block of a tree in document order, nested ones (list items, callouts) after their container. */
export function* allBlocks(blocks: Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    switch (block.type) {
      case 'list':
        for (const item of block.items) yield* allBlocks(item.children);
        break;
      case 'section':
      case 'callout':
        yield* allBlocks(block.children);
        break;
      case 'heading':
      case 'paragraph':
      case 'table':
      case 'image':
      case 'pageBreak':
      case 'chart':
      case 'signature':
        break;
      default:
        assertNever(block);
    }
  }
}

/** The ids of every heading of a tree, in document order. */
export function* headingIds(blocks: Block[]): Generator<string> {
  for (const block of allBlocks(blocks)) if (block.type === 'heading') yield block.id;
}
