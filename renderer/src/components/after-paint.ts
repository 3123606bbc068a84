import { useEffect, useState } from 'react';

/**
 * False until the frame showing the caller's first render has been drawn. What waits for it (a
 * chart below the cards and its library) is fetched and run after the screen shows, not while
 * the screen's own data and drawing are on the way.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs just before that frame is drawn; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
