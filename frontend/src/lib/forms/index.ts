export { focusAfterSave, useEditSwitch, useFocusFirstInvalid, useFocusOnMount } from './focus';
export { firstField, formPath, useVersionedForm, type Reloaded, type VersionedForm, type VersionedFormOptions } from './use-versioned-form';
export { optional, parseCount } from './values';
