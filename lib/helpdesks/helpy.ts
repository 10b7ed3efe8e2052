import type { SiteReader } from './types';

/**
 * Helpy admin ticket view (self-hosted on any host). Selectors from Helpy's own template (helpyio/helpy)
 * app/views/admin/topics/_post.html.erb: `.post-container.kind-{first|reply|note}`, the body in `.post-body`, the
 * post menu `.post-menu` that names the poster. Replies are not marked by author role, so the requester is the
 * first post's author.
 */
export const helpy: SiteReader = {
  id: 'helpy',
  title: 'Helpy',
  fingerprint: '.post-container .post-body',
  message: '.post-container',
  agent: '.kind-note',
  body: '.post-body',
  name: '.post-menu .author-name,.post-menu .dropdown-toggle b',
  opener: true,
};
