/* 离线阅读 (offline reading) for members on weak networks: keeps the pages a reader has visited and the files
   they use, so a visited page opens without a network, and an unvisited one shows the offline page with the list
   of saved pages. Pages go to the network first (editors' changes show whenever there is a connection); the
   hashed build files under _astro/ never change, so they come from the cache first. Never kept: /admin/, the
   search index (pagefind/), this script, anything on another host. Hand-written, checked against ES2020.
   Registered by reading-settings.js at the base path, so the scope (and every URL here) follows BASE_PATH. */
var CACHE = 'djjy-offline-v1';
var SCOPE = self.registration.scope;
var OFFLINE = SCOPE + 'offline/';

function keepable(url) {
  return (
    url.origin === self.location.origin &&
    url.href.indexOf(SCOPE) === 0 &&
    ['admin/', 'pagefind/', 'sw.js'].every(function (part) {
      return url.href.indexOf(SCOPE + part) !== 0;
    })
  );
}

/** The cache key of a page: without the query (?pagefind-highlight=…) and the fragment. */
function pageKey(url) {
  return url.origin + url.pathname;
}

function put(key, response) {
  // A followed redirect cannot answer a navigation later: keep only direct answers.
  if (!response || !response.ok || response.type !== 'basic' || response.redirected) return Promise.resolve();
  return caches.open(CACHE).then(function (cache) {
    return cache.put(key, response);
  });
}

/** Fetches and keeps `urls` (pages and files the page loaded before this worker controlled it). */
function keep(urls) {
  return Promise.all(
    urls.map(function (href) {
      var url = new URL(href, SCOPE);
      if (!keepable(url)) return undefined;
      var isPage = url.pathname.slice(-1) === '/' || /\.html$/.test(url.pathname);
      var key = isPage ? pageKey(url) : url.href;
      return fetch(key, { credentials: 'same-origin' })
        .then(function (response) {
          return put(key, response);
        })
        .catch(function () {});
    }),
  );
}

function escapeText(text) {
  return text.replace(/[&<>"]/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
  });
}

/** The saved pages, newest first, as list items linking to them with their titles. */
function savedList(cache) {
  return cache.keys().then(function (requests) {
    var pages = requests
      .map(function (request) {
        return request.url;
      })
      .filter(function (href) {
        return href !== OFFLINE && /(\/|\.html)$/.test(href);
      })
      .reverse()
      .slice(0, 100);
    return Promise.all(
      pages.map(function (href) {
        return cache
          .match(href)
          .then(function (response) {
            return response.text();
          })
          .then(function (html) {
            var title = /<title>([^<]*)<\/title>/.exec(html);
            // The title as the page shows it, without the site's name after the last " - ".
            var text = title ? title[1].replace(/ - [^-]*$/, '') : decodeURI(new URL(href).pathname);
            return '<li><a href="' + escapeText(href) + '">' + text + '</a></li>';
          });
      }),
    );
  });
}

/** The offline page with the list of saved pages filled in (the titles are already HTML text). */
function offlinePage() {
  return caches.open(CACHE).then(function (cache) {
    return Promise.all([cache.match(OFFLINE), savedList(cache)]).then(function (found) {
      if (!found[0]) return Response.error();
      return found[0].text().then(function (html) {
        var items = found[1].join('');
        if (items) html = html.replace('data-saved-none', 'data-saved-none hidden');
        html = html.replace(/(<ul[^>]*data-saved-pages[^>]*>)/, '$1' + items);
        return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
      });
    });
  });
}

self.addEventListener('install', function (event) {
  // The offline page and what it needs: its stylesheet and scripts are named in its HTML.
  event.waitUntil(
    fetch(OFFLINE)
      .then(function (response) {
        return response
          .clone()
          .text()
          .then(function (html) {
            var files = [];
            html.replace(/(?:href|src)="([^"]+)"/g, function (whole, href) {
              if (/\.(css|js|svg|png)$/.test(href)) files.push(href);
              return whole;
            });
            return put(OFFLINE, response).then(function () {
              return keep(files);
            });
          });
      })
      .then(function () {
        return self.skipWaiting();
      }),
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(
        names
          .filter(function (name) {
            return name.indexOf('djjy-offline-') === 0 && name !== CACHE;
          })
          .map(function (name) {
            return caches.delete(name);
          }),
      );
    }),
  );
});

self.addEventListener('message', function (event) {
  var urls = event.data && event.data.keep;
  if (Array.isArray(urls)) event.waitUntil(keep(urls.slice(0, 200)));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || !keepable(url)) return;
  if (request.mode === 'navigate') {
    var key = pageKey(url);
    event.respondWith(
      fetch(request)
        .then(function (response) {
          event.waitUntil(put(key, response.clone()));
          return response;
        })
        .catch(function () {
          return caches.match(key).then(function (saved) {
            return saved || offlinePage();
          });
        }),
    );
    return;
  }
  var fromCache = url.href.indexOf(SCOPE + '_astro/') === 0;
  var network = function () {
    return fetch(request).then(function (response) {
      event.waitUntil(put(request.url, response.clone()));
      return response;
    });
  };
  event.respondWith(
    fromCache
      ? caches.match(request).then(function (saved) {
          return saved || network();
        })
      : network().catch(function () {
          return caches.match(request).then(function (saved) {
            return saved || Response.error();
          });
        }),
  );
});
