// A stand-in for the `electron` module (no Electron binary can run here). Tests mock
// 'electron' with this file and drive the fakes; each test file gets fresh instances.
import type { MenuItemConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export class FakeFrame {
  detached = false;
  constructor(
    public url: string,
    public processId = 1,
    public routingId = 1,
  ) {}
}

export interface WindowOpenResponse {
  action: 'allow' | 'deny';
}
type WindowOpenHandler = (details: { url: string }) => WindowOpenResponse;

export class FakeWebContents extends EventEmitter {
  mainFrame = new FakeFrame('app://trajectory/index.html');
  windowOpenHandler: WindowOpenHandler | null = null;
  destroyed = false;
  send = vi.fn();
  executeJavaScript = vi.fn(async (_code: string, _userGesture?: boolean): Promise<unknown> => 'ready');
  printToPDF = vi.fn(async (_options: unknown): Promise<Buffer> => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Pages >>\n2 0 obj << /Type /Page >>\n%%EOF'));
  setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  isDestroyed = (): boolean => this.destroyed;

  /** Fires a cancellable navigation-like event; returns whether a listener prevented it. */
  fireCancellable(event: string, url: string): boolean {
    const details = { url, defaultPrevented: false, preventDefault: () => (details.defaultPrevented = true) };
    this.emit(event, details, url);
    return details.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  loadURL = vi.fn(async (_url: string) => undefined);
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  isDestroyed = (): boolean => this.destroyed;
  isMinimized = (): boolean => this.minimized;
  constructor(public options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
}

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle: vi.fn((channel: string, handler: Listener) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({ ok: true, value: null }));
}
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, value: unknown) => {
    contextBridge.exposed.set(key, value);
  }),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  ready: () => void = () => undefined;
  readyPromise = this.notReady();
  notReady(): Promise<void> {
    return new Promise<void>((resolve) => (this.ready = resolve));
  }
  requestSingleInstanceLock = vi.fn(() => true);
  enableSandbox = vi.fn();
  quit = vi.fn();
  exit = vi.fn();
  getVersion = vi.fn(() => '0.1.0-test');
  getPath = vi.fn((_name: string) => '/tmp/trajectory-fake-user-data');
  setPath = vi.fn();
  whenReady = vi.fn(() => this.readyPromise);
}
export const app = new FakeApp();

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

export const dialog = {
  showErrorBox: vi.fn(),
  showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
  showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
};
export const shell = { openExternal: vi.fn(async (_url: string) => undefined), openPath: vi.fn(async (_path: string) => '') };
export const nativeTheme = { shouldUseDarkColors: false };
interface FakeMenu {
  template: MenuItemConstructorOptions[];
}
export const Menu = {
  /** What setApplicationMenu installed last. */
  applicationMenu: null as FakeMenu | null,
  setApplicationMenu: vi.fn((menu: FakeMenu | null) => {
    Menu.applicationMenu = menu;
  }),
  buildFromTemplate: vi.fn((template: MenuItemConstructorOptions[]): FakeMenu => ({ template })),
};

/** Back to a fresh, not-yet-ready app: for test files that start the app more than once. */
export function resetFakes(): void {
  vi.resetAllMocks(); // calls cleared, implementations back to the ones above
  BrowserWindow.instances = [];
  ipcMain.handlers.clear();
  contextBridge.exposed.clear();
  ipcRenderer.removeAllListeners();
  app.removeAllListeners();
  app.isPackaged = false;
  app.readyPromise = app.notReady();
  nativeTheme.shouldUseDarkColors = false;
}
