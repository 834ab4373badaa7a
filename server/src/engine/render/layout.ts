import unopsIca from '../../../../schemas/layouts/unops-ica.json';

/** A dotted data path in a layout file, e.g. `terms_of_reference.background`. */
export type LayoutPath = string;

/** One entry of a layout file (schemas/layouts/<profile>.json); see that file for what each kind means. */
export type LayoutBlock = (
  | { field: LayoutPath; note?: string; noteWhen?: LayoutPath; valueOnOwnLine?: boolean; date?: 'long'; join?: string }
  | { section: LayoutPath; runIn?: boolean; colon?: boolean; numbering?: string; blocks: LayoutBlock[] }
  | { list: LayoutPath; style: 'numbered' | 'starred' | 'bulleted' }
  | { paragraphs: LayoutPath }
  | { labelled: LayoutPath; titleFrom?: LayoutPath; unless?: LayoutPath; lastJoin?: string }
  | { rows: LayoutPath; prefix: string; minRows?: number }
  | { languages: LayoutPath }
) & {
  /** `true`: only in the careers-site text; `false`: only in a sendable export (render/view.ts ViewOptions). */
  careersSite?: boolean;
};

export interface Layout {
  banner: { title: LayoutPath; subtitle: LayoutPath[]; facts: LayoutPath[] };
  blocks: LayoutBlock[];
}

/** Careers-site layouts by profile id; a profile without one is rendered from its schema. */
const layouts: Record<string, Layout> = {
  'unops-ica': unopsIca as Layout,
};

export function layoutFor(profileId: string): Layout | undefined {
  return layouts[profileId];
}

export function splitPath(path: LayoutPath): string[] {
  return path.split('.');
}
