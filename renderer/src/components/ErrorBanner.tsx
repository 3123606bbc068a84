import { X } from 'lucide-react';
import { useAppStore } from '../store';

export function ErrorBanner() {
  const error = useAppStore((s) => s.error);
  const dismiss = useAppStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <span>{error}</span>
      <button type="button" className="icon" onClick={dismiss} aria-label="Dismiss error">
        <X size={16} aria-hidden />
      </button>
    </div>
  );
}
