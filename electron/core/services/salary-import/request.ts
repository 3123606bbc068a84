import type { z } from 'zod';
import type { ImportRequest } from '@shared/domain/salary-import';

/** An import request after the contract's schema has checked it and filled in defaults. */
export type ParsedImportRequest = z.output<typeof ImportRequest>;
