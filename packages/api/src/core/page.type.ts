import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import { InvalidInputError } from './errors.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Relay connection type for `T`, named `${name}Connection`. */
export function ConnectionType<T extends object>(itemClass: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String) cursor!: string;
    @Field(() => itemClass) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => Int) totalCount!: number;
    @Field(() => [itemClass]) nodes!: T[];
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

const CURSOR_PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): number {
  if (!cursor) {
    return -1;
  }
  const raw = Buffer.from(cursor, 'base64url').toString();
  const n = Number(raw.slice(CURSOR_PREFIX.length));
  if (!raw.startsWith(CURSOR_PREFIX) || !Number.isInteger(n) || n < 0) {
    throw new InvalidInputError('common/invalid_cursor', 'Curseur de pagination invalide.');
  }
  return n;
}

/** Offset window for `first`/`after`. */
export function pageWindow(args: { first?: number | null; after?: string | null }, def = 20) {
  const offset = decodeCursor(args.after) + 1;
  return { offset, limit: args.first ?? def };
}

export function toConnection<T>(items: T[], totalCount: number, offset: number): Connection<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    totalCount,
    nodes: items,
    edges,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
