// Layout profiles (mm and pt, as the Decree states them) and their one conversion to Word units.
import { DEFAULT_PROFILE } from './default-profile';
import { GOVERNMENT_PROFILE } from './government-profile';
import type { LayoutProfile } from './profile';

export type { FontSizes, LayoutProfile } from './profile';
export { DEFAULT_PROFILE } from './default-profile';
export { GOVERNMENT_PROFILE } from './government-profile';
export { lineMultipleTo240ths, mmToTwips, ptToEighths, ptToHalfPoints, ptToTwips, resolveLayout, twipsToMm } from './twips';
export type { ResolvedLayout } from './twips';

export const PROFILE_NAMES = ['default', 'government'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export const PROFILES: Readonly<Record<ProfileName, LayoutProfile>> = { default: DEFAULT_PROFILE, government: GOVERNMENT_PROFILE };

export function isProfileName(name: string): name is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(name);
}
