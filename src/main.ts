import { mount } from 'svelte';
import App from './App.svelte';
import './ui/app.css';

mount(App, { target: document.getElementById('app') as HTMLElement });

// Offline use: the built app registers its service worker (not in development, where Vite serves modules live).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // No service worker (private mode, file://): the app still works online.
  });
}
