/** Runtime packages bundled into out/main instead of loaded from node_modules (see main-bundled-deps.mjs). */
export declare const MAIN_BUNDLED_DEPENDENCIES: string[];
