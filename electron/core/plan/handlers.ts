import { planFileName, printRoute } from '@shared/domain/plan-export';
import { AppError } from '@shared/ipc/result';
import type { CoreContext } from '../context';
import type { Handlers } from '../router';
import { getProfile } from '../services/profile';
import { planDocument } from './document';
import { countPdfPages } from './pdf-layout';

/** One export at a time: a second one while the first renders is refused, not queued behind a hidden window. */
export function planHandlers(ctx: CoreContext): Handlers['plan'] {
  let exporting = false;
  return {
    document: () => {
      // The Plan screen reads this for its preview: an export may follow, so the host gets ready.
      ctx.pdfHost?.warm?.();
      return planDocument(ctx.store, ctx.today());
    },
    exportPdf: async (options) => {
      const host = ctx.pdfHost;
      if (!host) throw new AppError('VALIDATION', 'This host cannot make PDFs.');
      if (exporting) throw new AppError('CONFLICT', 'A PDF export is already running: wait for it to finish, then try again.');
      exporting = true;
      try {
        const pdf = await host.render(printRoute(options), options.paper);
        return await host.deliver(pdf, planFileName(getProfile(ctx.db)?.name || null, ctx.today()), countPdfPages(pdf));
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('INTERNAL', `The PDF could not be made: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        exporting = false;
      }
    },
    openPdf: async ({ token }) => {
      if (!ctx.pdfHost) throw new AppError('VALIDATION', 'This host cannot open files.');
      if (!(await ctx.pdfHost.open(token))) throw new AppError('NOT_FOUND', 'That PDF is no longer known: export it again.');
      return { opened: true };
    },
  };
}
