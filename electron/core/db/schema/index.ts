export * from './profile';
export * from './salary';
