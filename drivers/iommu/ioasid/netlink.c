// SPDX-License-Identifier: GPL-2.0
/*
 * Introspection: the "ioasid" generic netlink family (<linux/ioasid.h>).
 *
 * Two dumps, CTX_GET and OBJ_GET, list the contexts of the registry
 * (context.c) and their objects, one message each, for ioasidctl. A dump
 * goes on over several reads of the socket: cb->args[0] holds the number of
 * the context to go on with, cb->args[1] (OBJ_GET) the object ID in it.
 * Each read walks the registry under its mutex, which keeps the contexts
 * and their objects from going; an object is looked up (a reference) for
 * as long as it is described, so describing may sleep on its own locks.
 * cb->seq is the registry's generation, so a reader learns
 * (NLM_F_DUMP_INTR) when contexts or objects came or went between reads.
 *
 * Who sees what is decided per context: the owner's effective UID must be
 * the socket opener's, or the opener must have CAP_SYS_ADMIN in the
 * initial user namespace. Everything else is skipped. This file is a top
 * layer, beside main.c, which registers the family at module load.
 *
 * Events (contexts and objects coming and going, attach and detach, page
 * request groups queued and answered) reach this file through the hook it
 * gives object.c (ioasidfd_set_event_hook()) and go to the "monitor"
 * multicast group, which only CAP_SYS_ADMIN (in the initial user namespace:
 * the family is in the initial network namespace) may join, as only it may
 * see every context: a group cannot be filtered per listener. Nothing is
 * built when nobody listens.
 */
#include <linux/cred.h>
#include <linux/device.h>
#include <linux/file.h>
#include <linux/pid_namespace.h>
#include <net/genetlink.h>
#include <net/sock.h>
#include <uapi/linux/ioasid.h>

#include "ioasidfd_private.h"

/* Requests carry no attributes yet; strict validation rejects any. */
static const struct nla_policy ioasidfd_nl_policy[IOASID_A_MAX + 1] = {
	[IOASID_A_CTX_ID] = { .type = NLA_REJECT },
};

static struct genl_family ioasidfd_nl_family;

/* What one read of a dump is writing into. */
struct nl_dump {
	struct sk_buff *skb;
	struct netlink_callback *cb;
	bool admin;		/* CAP_SYS_ADMIN in the initial user namespace */
	kuid_t euid;		/* the socket opener's */
};

static bool ctx_visible(const struct nl_dump *d, struct ioasidfd_ctx *ictx)
{
	return d->admin || uid_eq(ictx->owner_euid, d->euid);
}

static void *msg_start(struct nl_dump *d, u8 cmd)
{
	void *hdr = genlmsg_put(d->skb, NETLINK_CB(d->cb->skb).portid,
				d->cb->nlh->nlmsg_seq, &ioasidfd_nl_family,
				NLM_F_MULTI, cmd);

	if (hdr)
		genl_dump_check_consistent(d->cb, hdr);
	return hdr;
}

/* Puts the context's own attributes; -EMSGSIZE if they do not fit. */
static int put_ctx_attrs(struct sk_buff *skb, struct ioasidfd_ctx *ictx)
{
	return nla_put_u32(skb, IOASID_A_CTX_ID, ictx->nr);
}

static int fill_ctx(struct ioasidfd_ctx *ictx, void *arg)
{
	struct nl_dump *d = arg;
	struct ioasidfd_object *obj;
	unsigned long index;
	u32 nobjects = 0;
	void *hdr;

	if (!ctx_visible(d, ictx))
		return 0;
	xa_for_each(&ictx->objects, index, obj)
		nobjects++;
	hdr = msg_start(d, IOASID_CMD_CTX_GET);
	if (!hdr)
		return -EMSGSIZE;
	if (put_ctx_attrs(d->skb, ictx) ||
	    nla_put_u32(d->skb, IOASID_A_CTX_PID,
			pid_nr_ns(ictx->owner, task_active_pid_ns(current))) ||
	    nla_put_u32(d->skb, IOASID_A_CTX_UID,
			from_kuid_munged(current_user_ns(),
					 ictx->owner_euid)) ||
	    nla_put_string(d->skb, IOASID_A_CTX_COMM, ictx->owner_comm) ||
	    nla_put_u32(d->skb, IOASID_A_CTX_OBJECTS, nobjects) ||
	    nla_put_u32(d->skb, IOASID_A_CTX_RLIMIT_MODE,
			READ_ONCE(ictx->account_mode) == IOASIDFD_ACCOUNT_MM) ||
	    (ioasidfd_kvm_ctx_has_vm(ictx) &&
	     nla_put_flag(d->skb, IOASID_A_CTX_KVM))) {
		genlmsg_cancel(d->skb, hdr);
		return -EMSGSIZE;
	}
	genlmsg_end(d->skb, hdr);
	d->cb->args[0] = ictx->nr + 1;
	return 0;
}

static u32 genl_obj_type(enum ioasidfd_object_type type)
{
	switch (type) {
	case IOASIDFD_OBJ_IOAS:
		return IOASID_GENL_OBJ_IOAS;
	case IOASIDFD_OBJ_HWPT_PAGING:
		return IOASID_GENL_OBJ_HWPT_PAGING;
	case IOASIDFD_OBJ_HWPT_NESTED:
		return IOASID_GENL_OBJ_HWPT_NESTED;
	case IOASIDFD_OBJ_DEVICE:
		return IOASID_GENL_OBJ_DEVICE;
	case IOASIDFD_OBJ_ACCESS:
		return IOASID_GENL_OBJ_ACCESS;
	case IOASIDFD_OBJ_FAULT:
		return IOASID_GENL_OBJ_FAULT;
	default:
		return IOASID_GENL_OBJ_OTHER;
	}
}

/* The attributes of @obj's type; -EMSGSIZE if they do not fit. */
static int put_obj_type_attrs(struct sk_buff *skb, struct ioasidfd_object *obj)
{
	struct ioasidfd_hwpt *hwpt;
	struct ioasidfd_device *idev;
	u32 nareas, pt_id, npasids, pending, unread;
	u64 bytes, pinned;

	switch (obj->type) {
	case IOASIDFD_OBJ_IOAS:
		ioasidfd_iopt_usage(&container_of(obj, struct ioasidfd_ioas,
						  obj)->iopt, &nareas, &bytes,
				    &pinned);
		if (nla_put_u32(skb, IOASID_A_IOAS_AREAS, nareas) ||
		    nla_put_u64_64bit(skb, IOASID_A_IOAS_BYTES, bytes,
				      IOASID_A_PAD) ||
		    nla_put_u64_64bit(skb, IOASID_A_IOAS_PINNED, pinned,
				      IOASID_A_PAD))
			return -EMSGSIZE;
		return 0;
	case IOASIDFD_OBJ_HWPT_PAGING:
		hwpt = container_of(obj, struct ioasidfd_hwpt, obj);
		if (nla_put_u32(skb, IOASID_A_HWPT_PT_ID, hwpt->ioas->obj.id) ||
		    (to_hwpt_paging(hwpt)->auto_domain &&
		     nla_put_flag(skb, IOASID_A_HWPT_AUTO)))
			return -EMSGSIZE;
		return 0;
	case IOASIDFD_OBJ_HWPT_NESTED:
		hwpt = container_of(obj, struct ioasidfd_hwpt, obj);
		return nla_put_u32(skb, IOASID_A_HWPT_PT_ID,
				   to_hwpt_nested(hwpt)->parent->common.obj.id);
	case IOASIDFD_OBJ_DEVICE:
		idev = container_of(obj, struct ioasidfd_device, obj);
		pt_id = ioasidfd_device_attached_pt(idev, &npasids);
		if (nla_put_string(skb, IOASID_A_DEV_NAME, dev_name(idev->dev)) ||
		    (pt_id && nla_put_u32(skb, IOASID_A_DEV_PT_ID, pt_id)) ||
		    nla_put_u32(skb, IOASID_A_DEV_PASIDS, npasids))
			return -EMSGSIZE;
		return 0;
	case IOASIDFD_OBJ_FAULT:
		ioasidfd_fault_counts(container_of(obj, struct ioasidfd_fault,
						   obj), &pending, &unread);
		if (nla_put_u32(skb, IOASID_A_FAULT_PENDING, pending) ||
		    nla_put_u32(skb, IOASID_A_FAULT_UNREAD, unread))
			return -EMSGSIZE;
		return 0;
	default:
		return 0;
	}
}

/* One message for @obj (a lookup reference held). */
static int fill_obj(struct nl_dump *d, struct ioasidfd_ctx *ictx,
		    struct ioasidfd_object *obj)
{
	void *hdr = msg_start(d, IOASID_CMD_OBJ_GET);

	if (!hdr)
		return -EMSGSIZE;
	if (put_ctx_attrs(d->skb, ictx) ||
	    nla_put_u32(d->skb, IOASID_A_OBJ_ID, obj->id) ||
	    nla_put_u32(d->skb, IOASID_A_OBJ_TYPE, genl_obj_type(obj->type)) ||
	    put_obj_type_attrs(d->skb, obj)) {
		genlmsg_cancel(d->skb, hdr);
		return -EMSGSIZE;
	}
	genlmsg_end(d->skb, hdr);
	return 0;
}

static int fill_objs(struct ioasidfd_ctx *ictx, void *arg)
{
	struct nl_dump *d = arg;
	unsigned long index, from;
	struct ioasidfd_object *obj, *got;
	int rc;

	if (!ctx_visible(d, ictx))
		return 0;
	/* Going on in the same context, or starting a new one. */
	from = d->cb->args[0] == ictx->nr ? d->cb->args[1] : 0;
	d->cb->args[0] = ictx->nr;
	xa_for_each_start(&ictx->objects, index, obj, from) {
		/* An object on its way out is left out. */
		got = ioasidfd_get_object(ictx, index, IOASIDFD_OBJ_ANY);
		if (IS_ERR(got))
			continue;
		rc = fill_obj(d, ictx, got);
		ioasidfd_put_object(got);
		if (rc) {
			d->cb->args[1] = index;
			return rc;
		}
	}
	d->cb->args[0] = ictx->nr + 1;
	d->cb->args[1] = 0;
	return 0;
}

static int dump(struct sk_buff *skb, struct netlink_callback *cb,
		int (*fill)(struct ioasidfd_ctx *ictx, void *arg))
{
	struct sock *sk = NETLINK_CB(cb->skb).sk;
	struct nl_dump d = {
		.skb = skb,
		.cb = cb,
		.admin = netlink_capable(cb->skb, CAP_SYS_ADMIN),
		.euid = INVALID_UID,
	};
	int rc;

	if (sk && sk->sk_socket && sk->sk_socket->file)
		d.euid = sk->sk_socket->file->f_cred->euid;
	cb->seq = ioasidfd_registry_gen();
	rc = ioasidfd_ctx_for_each(cb->args[0] ?: 1, fill, &d);
	/* What did not fit goes in the next read, unless nothing fitted. */
	if (rc == -EMSGSIZE && skb->len)
		return skb->len;
	return rc ?: skb->len;
}

static int ctx_get_dumpit(struct sk_buff *skb, struct netlink_callback *cb)
{
	return dump(skb, cb, fill_ctx);
}

static int obj_get_dumpit(struct sk_buff *skb, struct netlink_callback *cb)
{
	return dump(skb, cb, fill_objs);
}

static const u8 event_cmds[] = {
	[IOASIDFD_EV_CTX_NEW] = IOASID_CMD_CTX_NEW,
	[IOASIDFD_EV_CTX_DEL] = IOASID_CMD_CTX_DEL,
	[IOASIDFD_EV_OBJ_NEW] = IOASID_CMD_OBJ_NEW,
	[IOASIDFD_EV_OBJ_DEL] = IOASID_CMD_OBJ_DEL,
	[IOASIDFD_EV_ATTACH] = IOASID_CMD_ATTACH,
	[IOASIDFD_EV_DETACH] = IOASID_CMD_DETACH,
	[IOASIDFD_EV_FAULT] = IOASID_CMD_FAULT,
	[IOASIDFD_EV_FAULT_ANSWERED] = IOASID_CMD_FAULT_ANSWERED,
};

static int put_event_attrs(struct sk_buff *skb, const struct ioasidfd_event *ev)
{
	struct ioasidfd_ctx *ictx = ev->ictx;

	if (put_ctx_attrs(skb, ictx))
		return -EMSGSIZE;
	switch (ev->type) {
	case IOASIDFD_EV_CTX_NEW:
		if (nla_put_u32(skb, IOASID_A_CTX_PID,
				pid_nr_ns(ictx->owner, &init_pid_ns)) ||
		    nla_put_u32(skb, IOASID_A_CTX_UID,
				from_kuid_munged(&init_user_ns,
						 ictx->owner_euid)) ||
		    nla_put_string(skb, IOASID_A_CTX_COMM, ictx->owner_comm))
			return -EMSGSIZE;
		return 0;
	case IOASIDFD_EV_CTX_DEL:
		return 0;
	case IOASIDFD_EV_ATTACH:
		if (nla_put_u32(skb, IOASID_A_DEV_PT_ID, ev->pt_id))
			return -EMSGSIZE;
		fallthrough;
	default:
		if (nla_put_u32(skb, IOASID_A_OBJ_ID, ev->id) ||
		    nla_put_u32(skb, IOASID_A_OBJ_TYPE,
				genl_obj_type(ev->obj_type)))
			return -EMSGSIZE;
		return 0;
	}
}

/* The event hook: one message to the monitor group, if anyone listens. */
static void send_event(const struct ioasidfd_event *ev)
{
	struct sk_buff *skb;
	void *hdr;

	if (!genl_has_listeners(&ioasidfd_nl_family, &init_net, 0))
		return;
	skb = genlmsg_new(NLMSG_DEFAULT_SIZE, GFP_KERNEL);
	if (!skb)
		return;
	hdr = genlmsg_put(skb, 0, 0, &ioasidfd_nl_family, 0,
			  event_cmds[ev->type]);
	if (!hdr || put_event_attrs(skb, ev)) {
		nlmsg_free(skb);
		return;
	}
	genlmsg_end(skb, hdr);
	genlmsg_multicast(&ioasidfd_nl_family, skb, 0, 0, GFP_KERNEL);
}

static const struct genl_multicast_group ioasidfd_nl_mcgrps[] = {
	{ .name = IOASID_GENL_MCGRP_MONITOR, .flags = GENL_MCAST_CAP_SYS_ADMIN },
};

static const struct genl_small_ops ioasidfd_nl_ops[] = {
	{
		.cmd = IOASID_CMD_CTX_GET,
		.dumpit = ctx_get_dumpit,
	},
	{
		.cmd = IOASID_CMD_OBJ_GET,
		.dumpit = obj_get_dumpit,
	},
};

static struct genl_family ioasidfd_nl_family __ro_after_init = {
	.name = IOASID_GENL_NAME,
	.version = IOASID_GENL_VERSION,
	.maxattr = IOASID_A_MAX,
	.policy = ioasidfd_nl_policy,
	/* Contexts are not per network namespace: only the initial one. */
	.netnsok = false,
	.module = THIS_MODULE,
	.small_ops = ioasidfd_nl_ops,
	.n_small_ops = ARRAY_SIZE(ioasidfd_nl_ops),
	.mcgrps = ioasidfd_nl_mcgrps,
	.n_mcgrps = ARRAY_SIZE(ioasidfd_nl_mcgrps),
	.resv_start_op = __IOASID_CMD_MAX,
};

/**
 * ioasidfd_netlink_init() - register the "ioasid" family, send events
 *
 * Return: 0 or the error of genl_register_family().
 */
int __init ioasidfd_netlink_init(void)
{
	int rc = genl_register_family(&ioasidfd_nl_family);

	if (!rc)
		ioasidfd_set_event_hook(send_event);
	return rc;
}

/**
 * ioasidfd_netlink_exit() - unregister it
 */
void ioasidfd_netlink_exit(void)
{
	ioasidfd_set_event_hook(NULL);
	genl_unregister_family(&ioasidfd_nl_family);
}
