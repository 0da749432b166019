// Meta Business Suite content export, Instagram posts (formats.md §3): one row per post with
// lifetime totals, English or German headers. Read by the same machinery as Facebook posts.
import { M } from '../model/records.js';
import { hasColumns, type ColumnSpec } from './columns.js';
import { postsSource, sumPresent } from './facebook-posts.js';
import type { Source } from './types.js';

// English [PARSER] (several fixtures); German reconstructed by GH-70884181608 ([PARSER], §3 table);
// the further German variants are [GUESS]es. `„Gefällt mir“-Angaben` matches with any quote style.
const INSTAGRAM_COLUMNS = {
  postId: ['post id', 'beitrags-id'],
  publishTime: ['publish time', 'veröffentlichungszeitpunkt', 'veröffentlichungszeit'],
  accountUsername: ['account username', 'konto-benutzername', 'kontobenutzername'],
  accountId: ['account id', 'konto-id'],
  likes: ['likes', '„Gefällt mir“-Angaben', 'Gefällt mir'],
  comments: ['comments', 'kommentare'],
  shares: ['shares', 'geteilte inhalte', 'mal geteilt'],
  saves: ['saves', 'gespeicherte beiträge', 'gespeichert', 'speicherungen'],
} satisfies ColumnSpec<string>;

export const instagramPosts: Source = postsSource({
  kind: 'instagram-posts',
  title: 'Instagram posts export',
  channel: 'instagram',
  columns: INSTAGRAM_COLUMNS,
  required: [
    { field: 'postId', aliases: INSTAGRAM_COLUMNS.postId },
    { field: 'publishTime', aliases: INSTAGRAM_COLUMNS.publishTime },
    { field: 'account', aliases: [...INSTAGRAM_COLUMNS.accountUsername, ...INSTAGRAM_COLUMNS.accountId] },
  ],
  detect(header) {
    const c = INSTAGRAM_COLUMNS;
    return hasColumns(header, c.postId, c.publishTime) && (hasColumns(header, c.accountUsername) || hasColumns(header, c.accountId));
  },
  metrics(values, cells, line, read, c) {
    // Posts add only likes and engagements: reach, views and follows are already counted by the account insights and ad exports.
    const likes = read.number(cells, c.likes, line);
    values[M.likes] = likes;
    values[M.engagements] = sumPresent(likes, read.number(cells, c.comments, line), read.number(cells, c.shares, line), read.number(cells, c.saves, line));
  },
});
