import type { Catalog } from '../../../contract/calls/providers.ts';
import head from './catalog-head.json' with { type: 'json' };
import microsoft365 from './providers/microsoft365.json' with { type: 'json' };
import outlook from './providers/outlook.json' with { type: 'json' };
import gmail from './providers/gmail.json' with { type: 'json' };
import icloud from './providers/icloud.json' with { type: 'json' };
import icloudCustomDomain from './providers/icloud-custom-domain.json' with { type: 'json' };
import yahoo from './providers/yahoo.json' with { type: 'json' };
import aol from './providers/aol.json' with { type: 'json' };
import fastmail from './providers/fastmail.json' with { type: 'json' };
import zoho from './providers/zoho.json' with { type: 'json' };
import zohoEu from './providers/zoho-eu.json' with { type: 'json' };
import zohoIn from './providers/zoho-in.json' with { type: 'json' };
import zohoAu from './providers/zoho-au.json' with { type: 'json' };
import zohoJp from './providers/zoho-jp.json' with { type: 'json' };
import zohoCa from './providers/zoho-ca.json' with { type: 'json' };
import gmx from './providers/gmx.json' with { type: 'json' };
import gmxCom from './providers/gmx-com.json' with { type: 'json' };
import webde from './providers/webde.json' with { type: 'json' };
import qq from './providers/qq.json' with { type: 'json' };
import netease163 from './providers/netease-163.json' with { type: 'json' };
import netease126 from './providers/netease-126.json' with { type: 'json' };
import neteaseYeah from './providers/netease-yeah.json' with { type: 'json' };
import yandex from './providers/yandex.json' with { type: 'json' };
import mailru from './providers/mailru.json' with { type: 'json' };
import att from './providers/att.json' with { type: 'json' };
import naver from './providers/naver.json' with { type: 'json' };
import daum from './providers/daum.json' with { type: 'json' };
import tOnline from './providers/t-online.json' with { type: 'json' };
import seznam from './providers/seznam.json' with { type: 'json' };
import mailcom from './providers/mailcom.json' with { type: 'json' };
import posteo from './providers/posteo.json' with { type: 'json' };
import mailboxOrg from './providers/mailbox-org.json' with { type: 'json' };

/**
 * The built-in provider catalog: JSON data only (one file per provider, and the head with the
 * catalog's version, date and expiry), the same shape a signed update has (docs/providers.md).
 * tests/unit/providers check it against catalogSchema, so the cast below is proven there.
 * The order matters: the first provider whose MX domain matches wins.
 */
export const CATALOG: Catalog = {
  ...head,
  providers: [microsoft365, outlook, gmail, icloud, icloudCustomDomain, yahoo, aol, fastmail, zoho, zohoEu, zohoIn, zohoAu, zohoJp, zohoCa, gmx, gmxCom, webde, qq, netease163, netease126, neteaseYeah, yandex, mailru, att, naver, daum, tOnline, seznam, mailcom, posteo, mailboxOrg],
} as Catalog;
