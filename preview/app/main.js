// Entry of the preview page: mounts the Lightning-like shell, which holds the real ccBridge (and,
// once it exists, ccLiveState) compiled from force-app. Bundled by preview/build/bundle.mjs.
import { createElement } from 'lwc';
import Shell from 'preview/shell';

document.getElementById('app').appendChild(createElement('preview-shell', { is: Shell }));
