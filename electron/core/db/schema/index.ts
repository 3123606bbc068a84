export * from './profile';
export * from './salary';
export * from './salary-import';
export * from './skills';
export * from './goals';
export * from './roadmap';
export * from './career';
