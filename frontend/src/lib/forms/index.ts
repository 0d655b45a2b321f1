export { focusAfterSave, useFocusFirstInvalid, useFocusOnMount } from './focus';
export { formPath, useVersionedForm, type Reloaded, type VersionedForm, type VersionedFormOptions } from './use-versioned-form';
export { optional, parseCount } from './values';
