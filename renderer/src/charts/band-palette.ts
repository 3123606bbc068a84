import { withAlpha } from './chart-colors';

export interface BandTone {
  /** 10th–90th: a light fill, so the 25th–75th reads on top of it… */
  outerFill: string;
  /** …and an edge that stays visible on either theme's surface (3:1 or more). */
  outerEdge: string;
  innerFill: string;
}

/** The band colours from the accent token: the user's own row strong, other rows lighter. */
export function bandPalette(accent: string): { mine: BandTone; other: BandTone } {
  return {
    mine: { outerFill: withAlpha(accent, 0.3), outerEdge: accent, innerFill: withAlpha(accent, 0.75) },
    other: { outerFill: withAlpha(accent, 0.22), outerEdge: withAlpha(accent, 0.8), innerFill: withAlpha(accent, 0.55) },
  };
}
