import { Public, RequestContextService } from '@braid/kernel';
import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { NotificationService } from './notification.service';

/**
 * The one-click unsubscribe of RFC 8058: a mail client POSTs to the `List-Unsubscribe` address
 * with `List-Unsubscribe=One-Click` and expects 200. A GET (a person clicking the footer link, or
 * a mail scanner following every link) changes nothing: it shows a page whose button POSTs.
 */
@Controller('api/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly notifications: NotificationService,
    private readonly contexts: RequestContextService,
  ) {}

  @Get(':token')
  @Public('an unsubscribe link in an email; the signed token is the proof and GET changes nothing')
  confirm(@Param('token') token: string, @Res() res: Response): void {
    res
      .status(200)
      .type('html')
      .send(
        page(`<h1>Stop these emails? / ¿Dejar de recibir estos correos?</h1>
<p>Braid will stop emailing you about this kind of notification. You will still see it in Braid, and you can change this in your notification settings.</p>
<p lang="es">Braid dejará de enviarle correos sobre este tipo de aviso. Seguirá viéndolo en Braid, y puede cambiarlo en su configuración de avisos.</p>
<form method="post" action="/api/unsubscribe/${encodeURIComponent(token)}">
<button type="submit">Unsubscribe / Darme de baja</button>
</form>`),
      );
  }

  @Post(':token')
  @HttpCode(200)
  @Public('RFC 8058 one-click unsubscribe from a mail client; the signed token is the proof')
  async unsubscribe(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const done = await this.contexts.asSystem((ctx) => this.notifications.unsubscribe(ctx, token));
    if (!done) {
      res.status(404).type('html').send(page(`<h1>This link is not valid. / Este enlace no es válido.</h1>`));
      return;
    }
    res
      .status(200)
      .type('html')
      .send(
        page(`<h1>You are unsubscribed. / Se ha dado de baja.</h1>
<p>Braid will not email you about this any more. / Braid ya no le enviará correos sobre esto.</p>`),
      );
  }
}

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Braid</title></head><body>${body}</body></html>`;
}
