import type { EventName, MethodPath } from './types';

// Channel names only, no schemas: the preload imports this, so it must not pull in zod.
export const CHANNEL_PREFIX = 'trajectory:';
export const EVENT_CHANNEL_PREFIX = 'trajectory:event:';

export const channelFor = (path: MethodPath): string => `${CHANNEL_PREFIX}${path}`;
export const eventChannelFor = (event: EventName): string => `${EVENT_CHANNEL_PREFIX}${event}`;
