// SPDX-License-Identifier: GPL-2.0
/*
 * ioasidctl: what /dev/ioasid contexts hold, over the "ioasid" generic
 * netlink family of ioasidfd.ko (<linux/ioasid.h>), with libnl-genl-3.
 *
 * usage: ioasidctl [-j] show|monitor
 *   show     every context the caller may see (its own; all with
 *            CAP_SYS_ADMIN): who opened it, then its objects: IOAS
 *            (mappings, bytes, pages pinned), HWPTs (what they sit on, their
 *            devices), devices (name, VFIO cdev from sysfs, attached HWPT,
 *            PASIDs), fault queues (pending and unread page request groups)
 *   monitor  events as they happen, a line each, until interrupted:
 *            contexts opened and closed, objects created and destroyed,
 *            devices attached and detached, page request groups queued
 *            and answered (needs CAP_SYS_ADMIN)
 *   -j       JSON instead of a table (show: one object, {"contexts": [...]};
 *            monitor: one object per line, after {"event":"listening"})
 *
 * Exit status: 0; 1 on an error (the family is not there: ioasidfd.ko not
 * loaded); 2 on a usage error. A dump the kernel marks as torn by changes
 * (NLM_F_DUMP_INTR) is taken again, up to 5 times.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <netlink/genl/ctrl.h>
#include <netlink/genl/genl.h>
#include <netlink/netlink.h>

#include <linux/ioasid.h>

#define MAX_TRIES	5

struct ctx {
	uint32_t id, pid, uid, nobjects, rlimit_mode;
	bool kvm;
	char comm[32];
};

struct obj {
	uint32_t ctx, id, type;
	uint32_t areas, pt_id, dev_pt_id, pasids, pending, unread;
	uint64_t bytes, pinned;
	bool has_pt, has_dev_pt, automatic;
	char dev[64];
	char vfio[32];		/* the device's VFIO cdev, from sysfs */
};

struct state {
	struct ctx *ctxs;
	size_t nctxs, ctx_cap;
	struct obj *objs;
	size_t nobjs, obj_cap;
	bool torn;
};

static void *grow(void *p, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return p;
	*cap = *cap ? 2 * *cap : 16;
	p = realloc(p, *cap * size);
	if (!p) {
		fprintf(stderr, "ioasidctl: out of memory\n");
		exit(1);
	}
	return p;
}

/*
 * The VFIO char dev of PCI device @name (e.g. "vfio0"), as sysfs shows it
 * (/sys/bus/pci/devices/NAME/vfio-dev/vfioN); empty if it has none.
 */
static void vfio_node_of(const char *name, char *out, size_t len)
{
	char path[256];
	struct dirent *e;
	DIR *d;

	*out = 0;
	snprintf(path, sizeof(path), "/sys/bus/pci/devices/%s/vfio-dev", name);
	d = opendir(path);
	if (!d)
		return;
	while ((e = readdir(d)))
		if (!strncmp(e->d_name, "vfio", 4)) {
			snprintf(out, len, "%.*s", (int)len - 1, e->d_name);
			break;
		}
	closedir(d);
}

static uint32_t get_u32(struct nlattr **tb, int a)
{
	return tb[a] ? nla_get_u32(tb[a]) : 0;
}

static int on_msg(struct nl_msg *msg, void *arg)
{
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct genlmsghdr *gh = nlmsg_data(nlh);
	struct nlattr *tb[IOASID_A_MAX + 1];
	struct state *st = arg;

	if (nlh->nlmsg_flags & NLM_F_DUMP_INTR)
		st->torn = true;
	if (genlmsg_parse(nlh, 0, tb, IOASID_A_MAX, NULL))
		return NL_SKIP;
	if (gh->cmd == IOASID_CMD_CTX_GET) {
		struct ctx *c;

		st->ctxs = grow(st->ctxs, &st->ctx_cap, st->nctxs, sizeof(*c));
		c = &st->ctxs[st->nctxs++];
		memset(c, 0, sizeof(*c));
		c->id = get_u32(tb, IOASID_A_CTX_ID);
		c->pid = get_u32(tb, IOASID_A_CTX_PID);
		c->uid = get_u32(tb, IOASID_A_CTX_UID);
		c->nobjects = get_u32(tb, IOASID_A_CTX_OBJECTS);
		c->rlimit_mode = get_u32(tb, IOASID_A_CTX_RLIMIT_MODE);
		c->kvm = tb[IOASID_A_CTX_KVM] != NULL;
		if (tb[IOASID_A_CTX_COMM])
			snprintf(c->comm, sizeof(c->comm), "%s",
				 nla_get_string(tb[IOASID_A_CTX_COMM]));
	} else if (gh->cmd == IOASID_CMD_OBJ_GET) {
		struct obj *o;

		st->objs = grow(st->objs, &st->obj_cap, st->nobjs, sizeof(*o));
		o = &st->objs[st->nobjs++];
		memset(o, 0, sizeof(*o));
		o->ctx = get_u32(tb, IOASID_A_CTX_ID);
		o->id = get_u32(tb, IOASID_A_OBJ_ID);
		o->type = get_u32(tb, IOASID_A_OBJ_TYPE);
		o->areas = get_u32(tb, IOASID_A_IOAS_AREAS);
		if (tb[IOASID_A_IOAS_BYTES])
			o->bytes = nla_get_u64(tb[IOASID_A_IOAS_BYTES]);
		if (tb[IOASID_A_IOAS_PINNED])
			o->pinned = nla_get_u64(tb[IOASID_A_IOAS_PINNED]);
		o->pasids = get_u32(tb, IOASID_A_DEV_PASIDS);
		o->pending = get_u32(tb, IOASID_A_FAULT_PENDING);
		o->unread = get_u32(tb, IOASID_A_FAULT_UNREAD);
		o->has_pt = tb[IOASID_A_HWPT_PT_ID] != NULL;
		o->pt_id = get_u32(tb, IOASID_A_HWPT_PT_ID);
		o->automatic = tb[IOASID_A_HWPT_AUTO] != NULL;
		o->has_dev_pt = tb[IOASID_A_DEV_PT_ID] != NULL;
		o->dev_pt_id = get_u32(tb, IOASID_A_DEV_PT_ID);
		if (tb[IOASID_A_DEV_NAME]) {
			snprintf(o->dev, sizeof(o->dev), "%s",
				 nla_get_string(tb[IOASID_A_DEV_NAME]));
			vfio_node_of(o->dev, o->vfio, sizeof(o->vfio));
		}
	}
	return NL_OK;
}

/* One dump of @cmd into @st; 0 or a negative libnl error. */
static int dump(struct nl_sock *sk, int family, uint8_t cmd, struct state *st)
{
	struct nl_msg *msg = nlmsg_alloc();
	int rc;

	if (!msg)
		return -NLE_NOMEM;
	if (!genlmsg_put(msg, NL_AUTO_PORT, NL_AUTO_SEQ, family, 0, NLM_F_DUMP,
			 cmd, IOASID_GENL_VERSION)) {
		nlmsg_free(msg);
		return -NLE_NOMEM;
	}
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, on_msg, st);
	rc = nl_send_auto(sk, msg);
	nlmsg_free(msg);
	if (rc < 0)
		return rc;
	return nl_recvmsgs_default(sk);
}

static const char *type_name(uint32_t t)
{
	switch (t) {
	case IOASID_GENL_OBJ_IOAS: return "ioas";
	case IOASID_GENL_OBJ_HWPT_PAGING: return "hwpt-paging";
	case IOASID_GENL_OBJ_HWPT_NESTED: return "hwpt-nested";
	case IOASID_GENL_OBJ_DEVICE: return "device";
	case IOASID_GENL_OBJ_ACCESS: return "access";
	case IOASID_GENL_OBJ_FAULT: return "fault";
	default: return "other";
	}
}

/* A string as a JSON string (names and commands are printable here). */
static void json_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			printf("\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			printf("\\u%04x", *s);
		else
			putchar(*s);
	}
	putchar('"');
}

/* The devices of @hwpt's context attached to it: "2,5" or " 2 5". */
static void print_devices_of(const struct state *st, const struct obj *hwpt,
			     bool json)
{
	bool first = true;
	size_t j;

	for (j = 0; j < st->nobjs; j++) {
		const struct obj *d = &st->objs[j];

		if (d->ctx != hwpt->ctx || d->type != IOASID_GENL_OBJ_DEVICE ||
		    !d->has_dev_pt || d->dev_pt_id != hwpt->id)
			continue;
		printf(json ? "%s%u" : "%s%u", json ? (first ? "" : ",") : " ", d->id);
		first = false;
	}
	if (!json && first)
		printf(" none");
}

static void print_json(const struct state *st)
{
	size_t i, j;
	bool first;

	printf("{\"contexts\":[");
	for (i = 0; i < st->nctxs; i++) {
		const struct ctx *c = &st->ctxs[i];

		printf("%s{\"id\":%u,\"pid\":%u,\"uid\":%u,\"comm\":", i ? "," : "",
		       c->id, c->pid, c->uid);
		json_str(c->comm);
		printf(",\"charged_to\":\"%s\",\"kvm\":%s,\"objects\":[",
		       c->rlimit_mode ? "process" : "user", c->kvm ? "true" : "false");
		first = true;
		for (j = 0; j < st->nobjs; j++) {
			const struct obj *o = &st->objs[j];

			if (o->ctx != c->id)
				continue;
			printf("%s{\"id\":%u,\"type\":\"%s\"", first ? "" : ",", o->id,
			       type_name(o->type));
			first = false;
			if (o->type == IOASID_GENL_OBJ_IOAS)
				printf(",\"areas\":%u,\"bytes\":%" PRIu64 ",\"pinned\":%" PRIu64,
				       o->areas, o->bytes, o->pinned);
			if (o->has_pt) {
				printf(",\"pt_id\":%u,\"auto\":%s,\"devices\":[", o->pt_id,
				       o->automatic ? "true" : "false");
				print_devices_of(st, o, true);
				printf("]");
			}
			if (o->type == IOASID_GENL_OBJ_DEVICE) {
				printf(",\"name\":");
				json_str(o->dev);
				printf(",\"vfio\":");
				if (*o->vfio)
					json_str(o->vfio);
				else
					printf("null");
				if (o->has_dev_pt)
					printf(",\"attached\":%u", o->dev_pt_id);
				else
					printf(",\"attached\":null");
				printf(",\"pasids\":%u", o->pasids);
			}
			if (o->type == IOASID_GENL_OBJ_FAULT)
				printf(",\"pending\":%u,\"unread\":%u", o->pending, o->unread);
			printf("}");
		}
		printf("]}");
	}
	printf("]}\n");
}

static void print_table(const struct state *st)
{
	size_t i, j;

	for (i = 0; i < st->nctxs; i++) {
		const struct ctx *c = &st->ctxs[i];

		printf("context %u: pid %u (%s) uid %u, %u objects, pins charged to its %s%s\n",
		       c->id, c->pid, c->comm, c->uid, c->nobjects,
		       c->rlimit_mode ? "process" : "user",
		       c->kvm ? ", holds a KVM VM" : "");
		for (j = 0; j < st->nobjs; j++) {
			const struct obj *o = &st->objs[j];

			if (o->ctx != c->id)
				continue;
			printf("  %-4u %-12s", o->id, type_name(o->type));
			if (o->type == IOASID_GENL_OBJ_IOAS)
				printf(" %u mappings, %" PRIu64 " bytes, %" PRIu64 " pages pinned",
				       o->areas, o->bytes, o->pinned);
			if (o->has_pt) {
				printf(" on %u%s, devices:", o->pt_id,
				       o->automatic ? " (automatic)" : "");
				print_devices_of(st, o, false);
			}
			if (o->type == IOASID_GENL_OBJ_DEVICE) {
				printf(" %s%s%s%s", o->dev, *o->vfio ? " (" : "", o->vfio,
				       *o->vfio ? ")" : "");
				if (o->has_dev_pt)
					printf(" attached to %u", o->dev_pt_id);
				else
					printf(" detached");
				if (o->pasids)
					printf(", %u PASIDs attached", o->pasids);
			}
			if (o->type == IOASID_GENL_OBJ_FAULT)
				printf(" %u groups pending, %u of them unread", o->pending,
				       o->unread);
			printf("\n");
		}
	}
}

static const char *event_name(uint8_t cmd)
{
	switch (cmd) {
	case IOASID_CMD_CTX_NEW: return "ctx-new";
	case IOASID_CMD_CTX_DEL: return "ctx-del";
	case IOASID_CMD_OBJ_NEW: return "obj-new";
	case IOASID_CMD_OBJ_DEL: return "obj-del";
	case IOASID_CMD_ATTACH: return "attach";
	case IOASID_CMD_DETACH: return "detach";
	case IOASID_CMD_FAULT: return "fault";
	case IOASID_CMD_FAULT_ANSWERED: return "fault-answered";
	default: return NULL;
	}
}

/* One event: a line of text or of JSON. */
static int on_event(struct nl_msg *msg, void *arg)
{
	struct nlmsghdr *nlh = nlmsg_hdr(msg);
	struct genlmsghdr *gh = nlmsg_data(nlh);
	struct nlattr *tb[IOASID_A_MAX + 1];
	const char *name = event_name(gh->cmd);
	bool json = *(bool *)arg;

	if (!name || genlmsg_parse(nlh, 0, tb, IOASID_A_MAX, NULL))
		return NL_SKIP;
	if (json) {
		printf("{\"event\":\"%s\",\"ctx\":%u", name,
		       get_u32(tb, IOASID_A_CTX_ID));
		if (tb[IOASID_A_CTX_PID])
			printf(",\"pid\":%u,\"uid\":%u", get_u32(tb, IOASID_A_CTX_PID),
			       get_u32(tb, IOASID_A_CTX_UID));
		if (tb[IOASID_A_CTX_COMM]) {
			printf(",\"comm\":");
			json_str(nla_get_string(tb[IOASID_A_CTX_COMM]));
		}
		if (tb[IOASID_A_OBJ_ID])
			printf(",\"id\":%u,\"type\":\"%s\"", get_u32(tb, IOASID_A_OBJ_ID),
			       type_name(get_u32(tb, IOASID_A_OBJ_TYPE)));
		if (tb[IOASID_A_DEV_PT_ID])
			printf(",\"pt_id\":%u", get_u32(tb, IOASID_A_DEV_PT_ID));
		printf("}\n");
	} else {
		printf("%-8s context %u", name, get_u32(tb, IOASID_A_CTX_ID));
		if (tb[IOASID_A_CTX_PID])
			printf(" pid %u uid %u", get_u32(tb, IOASID_A_CTX_PID),
			       get_u32(tb, IOASID_A_CTX_UID));
		if (tb[IOASID_A_CTX_COMM])
			printf(" (%s)", nla_get_string(tb[IOASID_A_CTX_COMM]));
		if (tb[IOASID_A_OBJ_ID])
			printf(" %s %u", type_name(get_u32(tb, IOASID_A_OBJ_TYPE)),
			       get_u32(tb, IOASID_A_OBJ_ID));
		if (tb[IOASID_A_DEV_PT_ID])
			printf(" to %u", get_u32(tb, IOASID_A_DEV_PT_ID));
		printf("\n");
	}
	fflush(stdout);
	return NL_OK;
}

/* Join the monitor group and print events until killed. */
static int monitor(struct nl_sock *sk, bool json)
{
	int grp = genl_ctrl_resolve_grp(sk, IOASID_GENL_NAME,
					IOASID_GENL_MCGRP_MONITOR);
	int rc;

	if (grp < 0) {
		fprintf(stderr, "ioasidctl: no monitor group: %s\n", nl_geterror(grp));
		return 1;
	}
	nl_socket_disable_seq_check(sk);
	nl_socket_modify_cb(sk, NL_CB_VALID, NL_CB_CUSTOM, on_event, &json);
	rc = nl_socket_add_membership(sk, grp);
	if (rc < 0) {
		fprintf(stderr, "ioasidctl: cannot join the monitor group: %s%s\n",
			nl_geterror(rc), rc == -NLE_PERM ? " (needs CAP_SYS_ADMIN)" : "");
		return 1;
	}
	if (json)
		printf("{\"event\":\"listening\"}\n");
	else
		printf("listening for events (Ctrl-C to stop)\n");
	fflush(stdout);
	for (;;) {
		rc = nl_recvmsgs_default(sk);
		if (rc < 0 && rc != -NLE_INTR && rc != -NLE_AGAIN) {
			fprintf(stderr, "ioasidctl: %s\n", nl_geterror(rc));
			return 1;
		}
	}
}

static void usage(FILE *f)
{
	fprintf(f, "usage: ioasidctl [-j] show|monitor\n");
}

int main(int argc, char **argv)
{
	struct state st = { 0 };
	struct nl_sock *sk;
	bool json = false;
	int opt, family, rc, tries;

	while ((opt = getopt(argc, argv, "jh")) != -1) {
		switch (opt) {
		case 'j':
			json = true;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (optind != argc - 1 || (strcmp(argv[optind], "show") &&
				   strcmp(argv[optind], "monitor"))) {
		usage(stderr);
		return 2;
	}

	sk = nl_socket_alloc();
	if (!sk || genl_connect(sk)) {
		fprintf(stderr, "ioasidctl: cannot open a generic netlink socket\n");
		return 1;
	}
	family = genl_ctrl_resolve(sk, IOASID_GENL_NAME);
	if (family < 0) {
		fprintf(stderr, "ioasidctl: no \"%s\" netlink family: is ioasidfd.ko loaded?\n",
			IOASID_GENL_NAME);
		nl_socket_free(sk);
		return 1;
	}
	if (!strcmp(argv[optind], "monitor")) {
		rc = monitor(sk, json);
		nl_socket_free(sk);
		return rc;
	}
	for (tries = 0; tries < MAX_TRIES; tries++) {
		st.nctxs = st.nobjs = 0;
		st.torn = false;
		rc = dump(sk, family, IOASID_CMD_CTX_GET, &st);
		if (!rc)
			rc = dump(sk, family, IOASID_CMD_OBJ_GET, &st);
		if (rc < 0) {
			fprintf(stderr, "ioasidctl: dump: %s\n", nl_geterror(rc));
			nl_socket_free(sk);
			return 1;
		}
		if (!st.torn)
			break;
	}
	if (json)
		print_json(&st);
	else
		print_table(&st);
	free(st.ctxs);
	free(st.objs);
	nl_socket_free(sk);
	return 0;
}
