import { markRead, notificationsOf, unreadCount } from "../../../db/queries/notifications";
import { notificationListInput, notificationMarkReadInput } from "../../schemas/notification";
import { protectedProcedure, router } from "../trpc";

/** The viewer's own in-app notifications; nobody reads or marks anyone else's. */
export const notificationRouter = router({
  list: protectedProcedure.input(notificationListInput).query(async ({ ctx, input }) => {
    const rows = await notificationsOf(ctx.db, { userId: ctx.viewer.id, limit: input.limit });
    return rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      body: n.body,
      // Only paths inside the app become links.
      link: n.link?.startsWith("/") && !n.link.startsWith("//") ? n.link : null,
      read: n.readAt !== null,
      createdAt: n.createdAt,
    }));
  }),

  unreadCount: protectedProcedure.query(({ ctx }) => unreadCount(ctx.db, { userId: ctx.viewer.id })),

  markRead: protectedProcedure.input(notificationMarkReadInput).mutation(async ({ ctx, input }) => {
    await markRead(ctx.db, { userId: ctx.viewer.id, ids: "all" in input ? "all" : input.ids });
    return { unread: await unreadCount(ctx.db, { userId: ctx.viewer.id }) };
  }),
});
