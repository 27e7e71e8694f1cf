/* Compiled hot paths of the Swedish OCR repair (normalizers/repair.py).
 *
 * The same search as the Python reference (`Repairer.walk`, `_direct`, `_parts`,
 * `_score_part`, `_compound`), over the flat trie that `normalizers.lexicon` writes beside the
 * marisa files (`_write_flat_trie`): same readings in the same order, same float arithmetic in
 * the same order, so the results are identical (tests/normalizers/test_fastrepair.py checks
 * it). Python keeps the decision logic; this module only finds and scores readings.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* prefix flags (normalizers/lexicon.py) */
enum { P_KEY = 1, P_MARK = 2, P_MARK_NEXT = 4, P_CHILD_A = 8, P_CHILD_O = 16, P_ANY = 32 };
/* form flags */
enum { F_BEGIN = 1, F_MIDDLE = 2, F_END = 4, F_FINNISH = 8, F_ALONE = 16, F_NAME = 32 };

#define MAX_SEG 4
#define MAX_TABLES 8
#define MAX_CHAN 64

typedef struct {
    Py_UCS4 seg[MAX_SEG];
    int len;
    unsigned char kt; /* key letter */
    double cost;
    int bit; /* prefix flag the rule needs */
} Rule;

typedef struct {
    int used;
    int nsingle;
    Py_UCS4 *single_ch;
    int *single_start, *single_n; /* into rules */
    int nmulti;
    int *multi_start, *multi_n;   /* into rules; the segment is rules[multi_start].seg */
    Rule *rules;
    int nrules;
} Table;

typedef struct {
    Py_UCS4 seg[MAX_SEG];
    int len;
    double cost;
} Chan;

/* a node of the flat trie (normalizers/lexicon.py `_write_flat_trie`) */
typedef struct {
    uint32_t first; /* first child */
    uint32_t forms; /* 1 + offset of the key's forms in the blob; 0: not a key */
    uint8_t label, flags, nchild, pad;
} Node;

typedef struct {
    PyObject_HEAD
    Py_buffer buf;
    uint32_t n;
    const Node *nodes;
    const uint8_t *blob;
    uint32_t nblob;
    int ndels;
    unsigned char del_kt[8];
    double del_c[8];
    int del_bit[8];
    Table tables[MAX_TABLES];
    Chan *chan[256];
    int nchan[256];
} Lex;

/* The packed forms of a key node (lexicon.py `_write_flat_trie`: a count, then per form its
   length, its Latin-1 letters, zipf×10 and flags): `forms_of` starts at a node with forms,
   `next_form` reads one and moves on, 0 after the last. */
typedef struct {
    const uint8_t *p;
    int left;
} FormIter;

static inline FormIter forms_of(const Lex *L, uint32_t node) {
    const uint8_t *p = L->blob + L->nodes[node].forms - 1;
    FormIter it = {p + 1, *p};
    return it;
}

static inline int next_form(FormIter *it, const uint8_t **f, int *flen, int *z, int *fl) {
    if (it->left-- <= 0) return 0;
    const uint8_t *p = it->p;
    *flen = *p++;
    *f = p;
    p += *flen;
    *z = *p++;
    *fl = *p++;
    it->p = p;
    return 1;
}

static inline int64_t child(const Lex *L, uint32_t node, unsigned c) {
    if (c == 0 || c > 127) return -1;
    const Node *nd = &L->nodes[node];
    uint32_t a = nd->first, b = a + nd->nchild;
    for (; a < b; a++) {
        uint8_t l = L->nodes[a].label;
        if (l == c) return a;
        if (l > c) break;
    }
    return -1;
}

static inline unsigned fold(Py_UCS4 c) {
    switch (c) {
    case 0xE5: case 0xE4: case 0xE0: return 'a'; /* å ä à */
    case 0xF6: return 'o';
    case 0xE9: case 0xE8: return 'e';
    case 0xFC: return 'u';
    }
    return c < 128 ? (unsigned)c : 0;
}

/* fold of a Latin-1 form letter (forms are [a-zåäöé'-]) */
static inline unsigned fold_b(uint8_t c) { return fold(c); }

/* ------------------------------------------------------------------ forms and channel */

static int64_t lookup_bytes(const Lex *L, const uint8_t *w, int len) {
    int64_t node = 0;
    for (int i = 0; i < len; i++) {
        node = child(L, (uint32_t)node, fold_b(w[i]));
        if (node < 0) return -1;
    }
    return node;
}

/* zipf×10 of a standalone word given in Latin-1 (Lexicon.zipf) */
static int zipf_bytes(const Lex *L, const uint8_t *w, int len) {
    int64_t node = lookup_bytes(L, w, len);
    if (node < 0 || !L->nodes[node].forms) return 0;
    FormIter it = forms_of(L, (uint32_t)node);
    const uint8_t *f;
    int fl_len, z, fl;
    while (next_form(&it, &f, &fl_len, &z, &fl)) {
        if (fl_len == len && memcmp(f, w, len) == 0 && (fl & F_ALONE)) return z > 1 ? z : 1;
    }
    return 0;
}

/* segments of a reading: start and length in the OCR string, one per key letter */
typedef struct {
    const Py_UCS4 *s;
    const int *sst;
    const int *slen;
} Segs;

static double channel(const Lex *L, const uint8_t *form, int flen, Segs g) {
    double c = 0.0;
    for (int i = 0; i < flen; i++) {
        uint8_t ch = form[i];
        int ln = g.slen[i];
        const Py_UCS4 *sg = g.s + g.sst[i];
        if (ln == 1 && sg[0] == ch) continue;
        const Chan *cs = L->chan[ch];
        int nc = L->nchan[ch], k;
        for (k = 0; k < nc; k++) {
            if (cs[k].len == ln) {
                int j = 0;
                while (j < ln && cs[k].seg[j] == sg[j]) j++;
                if (j == ln) break;
            }
        }
        if (k == nc) return 99.0;
        c += cs[k].cost;
    }
    return c;
}

/* ------------------------------------------------------------------ the lattice walk */

typedef struct Walk Walk;
typedef int (*EmitFn)(Walk *w, int t, int depth, double cost, int ne, uint32_t node);

typedef struct {
    int *ed_n;         /* misreadings at each position */
    const Rule ***ed;  /* their rules */
    const Rule **edbuf;
} Eds;

static void eds_free(Eds *e) {
    PyMem_Free(e->ed_n);
    PyMem_Free(e->ed);
    PyMem_Free(e->edbuf);
    memset(e, 0, sizeof *e);
}

/* the misreadings that fit at each position of s[0:n] (none when !with): a position's
 * one-letter rules, then those of the multi-letter segments that start there */
static int eds_init(Eds *e, const Py_UCS4 *s, int n, const Table *tab, int with) {
    memset(e, 0, sizeof *e);
    e->ed_n = PyMem_Calloc(n + 1, sizeof(int));
    e->ed = PyMem_Calloc(n + 1, sizeof(Rule **));
    int total = with ? (n + 1) * (tab->nrules > 0 ? tab->nrules : 1) : 0;
    e->edbuf = PyMem_Malloc((total + 1) * sizeof(Rule *));
    if (!e->ed_n || !e->ed || !e->edbuf) {
        eds_free(e);
        PyErr_NoMemory();
        return -1;
    }
    int used = 0;
    if (with) {
        for (int t = 0; t < n; t++) {
            e->ed[t] = e->edbuf + used;
            for (int k = 0; k < tab->nsingle; k++) {
                if (tab->single_ch[k] == s[t]) {
                    for (int r = 0; r < tab->single_n[k]; r++) e->edbuf[used++] = &tab->rules[tab->single_start[k] + r];
                    break;
                }
            }
            for (int k = 0; k < tab->nmulti; k++) {
                const Rule *r0 = &tab->rules[tab->multi_start[k]];
                if (t + r0->len > n) continue;
                int j = 0;
                while (j < r0->len && r0->seg[j] == s[t + j]) j++;
                if (j < r0->len) continue;
                for (int r = 0; r < tab->multi_n[k]; r++) e->edbuf[used++] = &tab->rules[tab->multi_start[k] + r];
            }
            e->ed_n[t] = (int)(e->edbuf + used - e->ed[t]);
        }
    }
    for (int t = with ? n : 0; t <= n; t++) e->ed[t] = e->edbuf + used;
    return 0;
}

struct Walk {
    const Lex *L;
    const Py_UCS4 *s;
    int n;
    unsigned char *base;
    double max_cost;
    int max_edits, inner_deletion, emit_all, emin, edits_from;
    const int *ed_n;     /* misreadings at each position (Eds, possibly of a longer string) */
    const Rule ***ed;
    char *del_ok, *emit_ok, *busy;
    unsigned char *kbuf; /* key letters by depth */
    int *sst, *slen;     /* segments by depth */
    EmitFn emit;
    void *user;
    void *mem;
    Eds own;
};

static void walk_free(Walk *w) {
    PyMem_Free(w->mem);
    eds_free(&w->own);
}

/* set up the walk of s[0:n] with the misreadings ed_n / ed (of s[0:n]; a suffix of a longer
 * string's): where a letter may be dropped, where a reading may end (as `Repairer.walk`) */
static int walk_setup(Walk *w, const Lex *L, const Py_UCS4 *s, int n, const int *ed_n, const Rule ***ed,
                      double max_cost, int max_edits, int inner_deletion, int emit_all, int emin, int edits_from) {
    w->L = L; w->s = s; w->n = n; w->max_cost = max_cost; w->max_edits = max_edits;
    w->inner_deletion = inner_deletion; w->emit_all = emit_all; w->emin = emin; w->edits_from = edits_from;
    w->ed_n = ed_n; w->ed = ed;
    size_t ints = 2 * (size_t)(n + 4);
    char *m = PyMem_Malloc(ints * sizeof(int) + (n + 1) + 3 * (n + 1) + (n + 4));
    if (!m) { PyErr_NoMemory(); return -1; }
    w->mem = m;
    w->sst = (int *)m;
    w->slen = w->sst + (n + 4);
    w->base = (unsigned char *)(m + ints * sizeof(int));
    w->del_ok = (char *)w->base + (n + 1);
    w->emit_ok = w->del_ok + (n + 1);
    w->busy = w->emit_ok + (n + 1);
    w->kbuf = (unsigned char *)w->busy + (n + 1);
    for (int t = 0; t < n; t++) w->base[t] = (unsigned char)fold(s[t]);
    w->base[n] = 0;
    int dels = L->ndels && max_edits;
    for (int t = 0; t <= n; t++) {
        w->del_ok[t] = dels && (t == 0 || t == n || inner_deletion || emit_all);
        w->emit_ok[t] = emin <= t && (t == n || (emit_all && t <= n - emin));
        w->busy[t] = w->emit_ok[t] || w->del_ok[t] || (max_edits && ed_n[t] > 0);
    }
    return 0;
}

/* the same with its own misreadings table */
static int walk_init(Walk *w, const Lex *L, const Py_UCS4 *s, int n, const Table *tab, double max_cost,
                     int max_edits, int inner_deletion, int emit_all, int emin, int edits_from) {
    memset(w, 0, sizeof *w);
    if (eds_init(&w->own, s, n, tab, max_edits != 0) < 0) return -1;
    if (walk_setup(w, L, s, n, w->own.ed_n, w->own.ed, max_cost, max_edits, inner_deletion, emit_all, emin,
                   edits_from) < 0) {
        eds_free(&w->own);
        return -1;
    }
    return 0;
}

static int rec(Walk *w, int t, uint32_t node, int depth, double cost, int ne, int dl) {
    const Lex *L = w->L;
    const int n = w->n;
    const int fr = ne < w->max_edits;
    uint8_t fl = L->nodes[node].flags;
    for (;;) {
        if (w->busy[t]) {
            if ((fl & P_KEY) && w->emit_ok[t] && (!ne || t >= w->edits_from || t == n))
                if (w->emit(w, t, depth, cost, ne, node) < 0) return -1;
            if (fr) {
                if (dl == 0 && w->del_ok[t]) {
                    int cont = t == 0 || (w->inner_deletion && t < n);
                    for (int d = 0; d < L->ndels; d++) {
                        double c = L->del_c[d];
                        if (cost + c <= w->max_cost && (fl & L->del_bit[d])) {
                            int64_t i = child(L, node, L->del_kt[d]);
                            if (i < 0) continue;
                            w->kbuf[depth] = L->del_kt[d];
                            w->sst[depth] = t;
                            w->slen[depth] = 0;
                            if (cont) {
                                if (ne + 1 >= w->max_edits || !w->ed_n[t]) {
                                    int64_t i2 = child(L, (uint32_t)i, w->base[t]);
                                    if (i2 < 0 || !(L->nodes[i2].flags & P_MARK_NEXT)) continue;
                                }
                                if (rec(w, t, (uint32_t)i, depth + 1, cost + c, ne + 1, 1) < 0) return -1;
                            } else if ((L->nodes[i].flags & P_KEY) && w->emit_ok[t] && (t == n || t >= w->edits_from)) {
                                if (w->emit(w, t, depth + 1, cost + c, ne + 1, (uint32_t)i) < 0) return -1;
                            }
                        }
                    }
                }
                const Rule **e = w->ed[t];
                for (int r = 0; r < w->ed_n[t]; r++) {
                    const Rule *ru = e[r];
                    double c = ru->cost;
                    if (cost + c <= w->max_cost && (fl & ru->bit)) {
                        int64_t i = child(L, node, ru->kt);
                        if (i < 0) continue;
                        uint8_t f2 = L->nodes[i].flags;
                        w->kbuf[depth] = ru->kt;
                        w->sst[depth] = t;
                        w->slen[depth] = ru->len;
                        if (ru->kt != 'i') {
                            int nx = t + ru->len;
                            if (nx < n && (ne + 1 >= w->max_edits || !(w->ed_n[nx] || (dl == 0 && w->del_ok[nx])))) {
                                int64_t i2 = child(L, (uint32_t)i, w->base[nx]);
                                if (i2 < 0 || !(L->nodes[i2].flags & P_MARK_NEXT)) {
                                    if ((f2 & P_KEY) && w->emit_ok[nx] && nx >= w->edits_from)
                                        if (w->emit(w, nx, depth + 1, cost + c, ne + 1, (uint32_t)i) < 0) return -1;
                                    continue;
                                }
                            }
                        }
                        if (rec(w, t + ru->len, (uint32_t)i, depth + 1, cost + c, ne + 1, dl) < 0) return -1;
                    }
                }
            }
        }
        if (t == n) return 0;
        int64_t i = child(L, node, w->base[t]);
        if (i < 0) return 0;
        w->kbuf[depth] = w->base[t];
        w->sst[depth] = t;
        w->slen[depth] = 1;
        depth++;
        node = (uint32_t)i;
        fl = L->nodes[i].flags;
        t++;
    }
}

static PyObject *segs_tuple(PyObject *str, int off, const int *sst, const int *slen, int depth) {
    PyObject *tu = PyTuple_New(depth);
    if (!tu) return NULL;
    for (int d = 0; d < depth; d++) {
        PyObject *x = PyUnicode_Substring(str, off + sst[d], off + sst[d] + slen[d]);
        if (!x) { Py_DECREF(tu); return NULL; }
        PyTuple_SET_ITEM(tu, d, x);
    }
    return tu;
}

/* ------------------------------------------------------------------ Python objects */

static int Lex_init(Lex *self, PyObject *args, PyObject *kw) {
    PyObject *obj, *dels, *costs;
    if (!PyArg_ParseTuple(args, "OOO", &obj, &dels, &costs)) return -1;
    if (PyObject_GetBuffer(obj, &self->buf, PyBUF_SIMPLE) < 0) return -1;
    const uint8_t *b = self->buf.buf;
    Py_ssize_t size = self->buf.len;
    if (size < 16 || memcmp(b, "kototri2", 8) != 0) {
        PyErr_SetString(PyExc_ValueError, "not a koto flat trie");
        return -1;
    }
    uint32_t n, nblob;
    memcpy(&n, b + 8, 4);
    memcpy(&nblob, b + 12, 4);
    if (sizeof(Node) != 12 || (size_t)size != 16 + sizeof(Node) * (size_t)n + nblob) {
        PyErr_SetString(PyExc_ValueError, "flat trie: wrong size");
        return -1;
    }
    self->n = n;
    self->nodes = (const Node *)(b + 16);
    self->blob = b + 16 + sizeof(Node) * (size_t)n;
    self->nblob = nblob;
    /* dropped letters: [(key letter, cost, prefix flag)] */
    Py_ssize_t nd = PySequence_Length(dels);
    if (nd < 0 || nd > 8) { PyErr_SetString(PyExc_ValueError, "dels"); return -1; }
    self->ndels = (int)nd;
    for (Py_ssize_t i = 0; i < nd; i++) {
        PyObject *it = PySequence_GetItem(dels, i);
        const char *kt; double c; int bit;
        if (!it || !PyArg_ParseTuple(it, "sdi", &kt, &c, &bit)) { Py_XDECREF(it); return -1; }
        self->del_kt[i] = (unsigned char)kt[0];
        self->del_c[i] = c;
        self->del_bit[i] = bit;
        Py_DECREF(it);
    }
    /* channel costs: {(segment, letter): cost}; letters beyond Latin-1 never occur in forms */
    PyObject *k, *v;
    Py_ssize_t pos = 0;
    while (PyDict_Next(costs, &pos, &k, &v)) {
        PyObject *seg = PyTuple_GetItem(k, 0), *let = PyTuple_GetItem(k, 1);
        if (!seg || !let) return -1;
        if (PyUnicode_GET_LENGTH(let) != 1) continue;
        Py_UCS4 ch = PyUnicode_READ_CHAR(let, 0);
        if (ch > 255) continue;
        Py_ssize_t ln = PyUnicode_GET_LENGTH(seg);
        if (ln > MAX_SEG) { PyErr_SetString(PyExc_ValueError, "segment too long"); return -1; }
        if (self->nchan[ch] % 16 == 0) {
            Chan *nc = PyMem_Realloc(self->chan[ch], (self->nchan[ch] + 16) * sizeof(Chan));
            if (!nc) { PyErr_NoMemory(); return -1; }
            self->chan[ch] = nc;
        }
        Chan *c = &self->chan[ch][self->nchan[ch]++];
        c->len = (int)ln;
        for (Py_ssize_t j = 0; j < ln; j++) c->seg[j] = PyUnicode_READ_CHAR(seg, j);
        c->cost = PyFloat_AsDouble(v);
        if (PyErr_Occurred()) return -1;
    }
    return 0;
}

static void Lex_dealloc(Lex *self) {
    if (self->buf.obj) PyBuffer_Release(&self->buf);
    for (int t = 0; t < MAX_TABLES; t++) {
        Table *tb = &self->tables[t];
        PyMem_Free(tb->single_ch); PyMem_Free(tb->single_start); PyMem_Free(tb->single_n);
        PyMem_Free(tb->multi_start); PyMem_Free(tb->multi_n); PyMem_Free(tb->rules);
    }
    for (int c = 0; c < 256; c++) PyMem_Free(self->chan[c]);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int parse_rule(PyObject *it, Rule *r) {
    PyObject *seg; const char *kt; double c; int bit;
    if (!PyArg_ParseTuple(it, "Usdi", &seg, &kt, &c, &bit)) return -1;
    Py_ssize_t ln = PyUnicode_GET_LENGTH(seg);
    if (ln < 1 || ln > MAX_SEG) { PyErr_SetString(PyExc_ValueError, "rule segment length"); return -1; }
    r->len = (int)ln;
    for (Py_ssize_t j = 0; j < ln; j++) r->seg[j] = PyUnicode_READ_CHAR(seg, j);
    r->kt = (unsigned char)kt[0];
    r->cost = c;
    r->bit = bit;
    return 0;
}

/* set_table(id, single, multi): the rules of `Repairer._walk_rules` ({char: [rule]},
 * [(segment, [rule])], rule = (segment, key letter, cost, prefix flag)) */
static PyObject *Lex_set_table(Lex *self, PyObject *args) {
    int id; PyObject *single, *multi;
    if (!PyArg_ParseTuple(args, "iO!O!", &id, &PyDict_Type, &single, &PyList_Type, &multi)) return NULL;
    if (id < 0 || id >= MAX_TABLES) { PyErr_SetString(PyExc_ValueError, "table id"); return NULL; }
    Table *tb = &self->tables[id];
    if (tb->used) { PyErr_SetString(PyExc_ValueError, "table set twice"); return NULL; }
    int nr = 0;
    PyObject *k, *v; Py_ssize_t pos = 0;
    while (PyDict_Next(single, &pos, &k, &v)) nr += (int)PyList_Size(v);
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(multi); i++) nr += (int)PyList_Size(PyTuple_GetItem(PyList_GET_ITEM(multi, i), 1));
    if (PyErr_Occurred()) return NULL;
    Py_ssize_t ns = PyDict_Size(single), nm = PyList_GET_SIZE(multi);
    tb->rules = PyMem_Calloc(nr + 1, sizeof(Rule));
    tb->single_ch = PyMem_Calloc(ns + 1, sizeof(Py_UCS4));
    tb->single_start = PyMem_Calloc(ns + 1, sizeof(int));
    tb->single_n = PyMem_Calloc(ns + 1, sizeof(int));
    tb->multi_start = PyMem_Calloc(nm + 1, sizeof(int));
    tb->multi_n = PyMem_Calloc(nm + 1, sizeof(int));
    if (!tb->rules || !tb->single_ch || !tb->single_start || !tb->single_n || !tb->multi_start || !tb->multi_n)
        return PyErr_NoMemory();
    int r = 0, si = 0;
    pos = 0;
    while (PyDict_Next(single, &pos, &k, &v)) {
        if (PyUnicode_GET_LENGTH(k) != 1) { PyErr_SetString(PyExc_ValueError, "single key"); return NULL; }
        tb->single_ch[si] = PyUnicode_READ_CHAR(k, 0);
        tb->single_start[si] = r;
        for (Py_ssize_t j = 0; j < PyList_Size(v); j++)
            if (parse_rule(PyList_GetItem(v, j), &tb->rules[r++]) < 0) return NULL;
        tb->single_n[si] = r - tb->single_start[si];
        si++;
    }
    tb->nsingle = si;
    for (Py_ssize_t i = 0; i < nm; i++) {
        PyObject *rs = PyTuple_GetItem(PyList_GET_ITEM(multi, i), 1);
        tb->multi_start[i] = r;
        for (Py_ssize_t j = 0; j < PyList_Size(rs); j++)
            if (parse_rule(PyList_GetItem(rs, j), &tb->rules[r++]) < 0) return NULL;
        tb->multi_n[i] = r - tb->multi_start[i];
        if (tb->multi_n[i] == 0) { PyErr_SetString(PyExc_ValueError, "empty multi"); return NULL; }
    }
    tb->nmulti = (int)nm;
    tb->nrules = r;
    tb->used = 1;
    Py_RETURN_NONE;
}

/* ---- walk(s, table, max_cost, max_edits, inner_deletion, emit_all, emin, edits_from) */

typedef struct { PyObject *out; PyObject *str; } WalkOut;

static int emit_tuple(Walk *w, int t, int depth, double cost, int ne, uint32_t node) {
    WalkOut *o = w->user;
    PyObject *k = PyUnicode_FromStringAndSize((const char *)w->kbuf, depth);
    PyObject *sg = segs_tuple(o->str, 0, w->sst, w->slen, depth);
    PyObject *tu = (k && sg) ? Py_BuildValue("(iNNdi)", t, k, sg, cost, ne) : NULL;
    if (!tu) { if (!sg) Py_XDECREF(k); else if (!k) Py_XDECREF(sg); return -1; }
    int rc = PyList_Append(o->out, tu);
    Py_DECREF(tu);
    return rc;
}

static Table *get_table(Lex *self, int id) {
    if (id < 0 || id >= MAX_TABLES || !self->tables[id].used) {
        PyErr_SetString(PyExc_ValueError, "unknown rule table");
        return NULL;
    }
    return &self->tables[id];
}

static PyObject *Lex_walk(Lex *self, PyObject *args) {
    PyObject *str; int tid, max_edits, inner, emit_all, emin, edits_from; double max_cost;
    if (!PyArg_ParseTuple(args, "Uidipiii", &str, &tid, &max_cost, &max_edits, &inner, &emit_all, &emin, &edits_from))
        return NULL;
    Table *tab = get_table(self, tid);
    if (!tab) return NULL;
    Py_UCS4 *s = PyUnicode_AsUCS4Copy(str);
    if (!s) return NULL;
    int n = (int)PyUnicode_GET_LENGTH(str);
    Walk w;
    if (walk_init(&w, self, s, n, tab, max_cost, max_edits, inner, emit_all, emin, edits_from) < 0) {
        PyMem_Free(s);
        return NULL;
    }
    WalkOut o = {PyList_New(0), str};
    w.emit = emit_tuple;
    w.user = &o;
    if (!o.out || rec(&w, 0, 0, 0, 0.0, 0, 0) < 0) Py_CLEAR(o.out);
    walk_free(&w);
    PyMem_Free(s);
    return o.out;
}

/* ---- direct(s, table, need, inner_deletion, known): `Repairer._direct` */

typedef struct {
    const uint8_t *form;
    int flen;
    PyObject *segs;
    double score, ch;
    int fl;
} Best;

typedef struct {
    PyObject *str;
    int need, shrt;
    Best *best;
    int nbest, cap;
} DirectOut;

static int direct_read(const Lex *L, DirectOut *o, uint32_t node, Segs g, int depth) {
    if (!L->nodes[node].forms) return 0;
    FormIter it = forms_of(L, node);
    const uint8_t *f;
    int flen, z, fl;
    while (next_form(&it, &f, &flen, &z, &fl)) {
        if (!(fl & (o->need | F_FINNISH))) continue;
        if (flen != depth) continue; /* (never: a form is as long as its key) */
        double ch = channel(L, f, flen, g);
        if (ch > 3.5) continue;
        int b;
        for (b = 0; b < o->nbest; b++)
            if (o->best[b].flen == flen && memcmp(o->best[b].form, f, flen) == 0) break;
        if (b < o->nbest && o->best[b].ch <= ch) continue;
        double zz = (double)(z > 10 ? z : 10) / 10.0;
        if (!(fl & o->need)) {
            if (o->shrt) continue;
            zz -= 1.0;
        }
        PyObject *sg = segs_tuple(o->str, 0, g.sst, g.slen, depth);
        if (!sg) return -1;
        if (b == o->nbest) {
            if (o->nbest == o->cap) {
                int nc = o->cap ? 2 * o->cap : 8;
                Best *nb = PyMem_Realloc(o->best, nc * sizeof(Best));
                if (!nb) { Py_DECREF(sg); PyErr_NoMemory(); return -1; }
                o->best = nb;
                o->cap = nc;
            }
            o->nbest++;
        } else {
            Py_DECREF(o->best[b].segs);
        }
        Best *bb = &o->best[b];
        bb->form = f; bb->flen = flen; bb->segs = sg; bb->score = zz - ch; bb->ch = ch; bb->fl = fl;
    }
    return 0;
}

static int emit_direct(Walk *w, int t, int depth, double cost, int ne, uint32_t node) {
    Segs g = {w->s, w->sst, w->slen};
    return direct_read(w->L, w->user, node, g, depth);
}

static int64_t lookup_key(const Lex *L, const unsigned char *k, int len) {
    int64_t node = 0;
    for (int i = 0; i < len; i++) {
        node = child(L, (uint32_t)node, k[i]);
        if (node < 0) return -1;
    }
    return node;
}

static PyObject *Lex_direct(Lex *self, PyObject *args) {
    PyObject *str; int tid, need, inner, known, plain_tid;
    if (!PyArg_ParseTuple(args, "Uiiipp", &str, &tid, &plain_tid, &need, &inner, &known)) return NULL;
    Table *tab = get_table(self, tid), *ptab = get_table(self, plain_tid);
    if (!tab || !ptab) return NULL;
    Py_UCS4 *s = PyUnicode_AsUCS4Copy(str);
    if (!s) return NULL;
    int n = (int)PyUnicode_GET_LENGTH(str);
    DirectOut o = {str, need, n < 6, NULL, 0, 0};
    int rc = 0;
    Walk w;
    /* known: a common word; with no look-alike it is read as printed (+ a dropped letter at
     * its start or end: `Repairer._plain_reads`), else the lattice without letter misreadings */
    if (known && !inner) {
        if (walk_init(&w, self, s, n, ptab, 3.5, 3, 0, 0, 1, 0) < 0) { PyMem_Free(s); return NULL; }
        int editable = 0;
        for (int t = 0; t < n; t++) if (w.ed_n[t]) editable = 1;
        if (!editable) {
            /* reads: the key; each dropped letter before it, after it */
            int *sst = w.sst, *slen = w.slen;
            unsigned char *kb = PyMem_Malloc(n + 2);
            if (!kb) { walk_free(&w); PyMem_Free(s); return PyErr_NoMemory(); }
            for (int t = 0; t < n; t++) { kb[t] = w.base[t]; sst[t] = t; slen[t] = 1; }
            int64_t node = lookup_key(self, kb, n);
            for (int t = 0; t < n; t++) if (!w.base[t]) node = -1; /* a letter beyond the keys' */
            Segs g = {s, sst, slen};
            if (node >= 0 && (self->nodes[node].flags & P_KEY)) rc = direct_read(self, &o, (uint32_t)node, g, n);
            for (int d = 0; rc == 0 && d < self->ndels; d++) {
                if (!(self->del_c[d] <= 3.5)) continue;
                int okk = 1;
                for (int t = 0; t < n; t++) if (!w.base[t]) okk = 0;
                if (!okk) break;
                /* dropped before */
                kb[0] = self->del_kt[d];
                sst[0] = 0; slen[0] = 0;
                for (int t = 0; t < n; t++) { kb[t + 1] = w.base[t]; sst[t + 1] = t; slen[t + 1] = 1; }
                node = lookup_key(self, kb, n + 1);
                if (node >= 0 && (self->nodes[node].flags & P_KEY)) rc = direct_read(self, &o, (uint32_t)node, g, n + 1);
                if (rc) break;
                /* dropped after */
                for (int t = 0; t < n; t++) { kb[t] = w.base[t]; sst[t] = t; slen[t] = 1; }
                kb[n] = self->del_kt[d];
                sst[n] = n; slen[n] = 0;
                node = lookup_key(self, kb, n + 1);
                if (node >= 0 && (self->nodes[node].flags & P_KEY)) rc = direct_read(self, &o, (uint32_t)node, g, n + 1);
            }
            PyMem_Free(kb);
            walk_free(&w);
            goto done;
        }
        walk_free(&w);
    }
    if (walk_init(&w, self, s, n, tab, 3.5, 3, inner, 0, 1, 0) < 0) { PyMem_Free(s); return NULL; }
    w.emit = emit_direct;
    w.user = &o;
    rc = rec(&w, 0, 0, 0, 0.0, 0, 0);
    walk_free(&w);
done:;
    PyObject *res = NULL;
    if (rc == 0) {
        res = PyTuple_New(o.nbest);
        for (int b = 0; res && b < o.nbest; b++) {
            Best *bb = &o.best[b];
            PyObject *word = PyUnicode_DecodeLatin1((const char *)bb->form, bb->flen, NULL);
            PyObject *it = word ? Py_BuildValue("(NOddi)", word, bb->segs, bb->score, bb->ch, bb->fl) : NULL;
            if (!it) { Py_CLEAR(res); break; }
            PyTuple_SET_ITEM(res, b, it);
        }
    }
    for (int b = 0; b < o.nbest; b++) Py_DECREF(o.best[b].segs);
    PyMem_Free(o.best);
    PyMem_Free(s);
    return res;
}

/* ---- compound(s, tables): `Repairer.compound` (both passes) */

typedef struct {
    const uint8_t *form;
    int flen;
    double ch, zz;
    int fl;
    int segoff; /* into the segment arena: flen (start, len) pairs, starts relative to s */
} Part;

typedef struct {
    const Lex *L;
    Part *parts; int nparts, pcap;
    int *segs; int nsegs, scap;
    int *res;   /* per end j of the part (relative to its start): part index or -1 */
    int off;    /* start of the part in s */
    int nsub;
    int role;
} CompoundCtx;

/* `Repairer._score_part`: the best form of the key at node read from the segments */
static int score_part(CompoundCtx *cx, uint32_t node, Segs g, int depth, int role, int j) {
    const Lex *L = cx->L;
    if (!L->nodes[node].forms) return 0;
    FormIter it = forms_of(L, node);
    int have = 0;
    const uint8_t *bf = NULL; int bl = 0, bfl = 0; double bch = 0, bzz = 0;
    const uint8_t *f;
    int flen, z, fl;
    while (next_form(&it, &f, &flen, &z, &fl)) {
        double zz;
        if (fl & role) {
            if ((role & (F_BEGIN | F_MIDDLE)) && flen > 3 && f[flen - 1] == 's') {
                int z2 = zipf_bytes(L, f, flen - 1);
                if (z2 > z) z = z2;
            }
            zz = (double)(z > 20 ? z : 20) / 10.0;
        } else if ((role & F_BEGIN) && (fl & F_ALONE) && z >= 25 && flen >= 3) {
            zz = (double)z / 10.0 - 1.0;
        } else {
            continue;
        }
        if (flen != depth) continue;
        double ch = channel(L, f, flen, g);
        if (ch > 3.0) continue;
        if (!have || zz - ch > bzz - bch) {
            have = 1; bf = f; bl = flen; bch = ch; bzz = zz; bfl = fl;
        }
    }
    if (!have) return 0;
    int cur = cx->res[j];
    if (cur >= 0 && !(bzz - bch > cx->parts[cur].zz - cx->parts[cur].ch)) return 0;
    if (cx->nparts == cx->pcap) {
        int nc = cx->pcap ? 2 * cx->pcap : 32;
        Part *np = PyMem_Realloc(cx->parts, nc * sizeof(Part));
        if (!np) { PyErr_NoMemory(); return -1; }
        cx->parts = np; cx->pcap = nc;
    }
    if (cx->nsegs + 2 * bl > cx->scap) {
        int nc = (cx->scap ? 2 * cx->scap : 256) + 2 * bl;
        int *ns = PyMem_Realloc(cx->segs, nc * sizeof(int));
        if (!ns) { PyErr_NoMemory(); return -1; }
        cx->segs = ns; cx->scap = nc;
    }
    Part *pt = &cx->parts[cx->nparts];
    pt->form = bf; pt->flen = bl; pt->ch = bch; pt->zz = bzz; pt->fl = bfl; pt->segoff = cx->nsegs;
    for (int d = 0; d < bl; d++) {
        cx->segs[cx->nsegs++] = g.sst[d] + cx->off;
        cx->segs[cx->nsegs++] = g.slen[d];
    }
    cx->res[j] = cx->nparts++;
    return 0;
}

static int emit_part(Walk *w, int t, int depth, double cost, int ne, uint32_t node) {
    CompoundCtx *cx = w->user;
    int role = t == cx->nsub ? F_END : cx->role;
    Segs g = {w->s, w->sst, w->slen};
    return score_part(cx, node, g, depth, role, t);
}

typedef struct {
    int valid;
    double sc, ch;
    int np, start, part, fl;
} Cell;

static inline int lookalike(Py_UCS4 c) {
    return c == 0xE9 || c == '&' || c == '|' || c == '6' || c == '4' || c == 0xE8 || c == 0xE0 || c == 0xE1;
}

/* one pass of `Repairer._compound`; *found = 0 when there is no split */
static int compound_pass(Lex *self, const Py_UCS4 *s, int n, int letters, const Eds *eds,
                         CompoundCtx *cx, Cell *best, int *found, double *rtot, double *rch, int *rfl,
                         int *rstart, int *rpart) {
    *found = 0;
    for (int i = 0; i <= n; i++) best[i].valid = 0;
    best[0].valid = 1; best[0].sc = 0.0; best[0].np = 0; best[0].start = -1; best[0].part = -1;
    best[0].ch = 0.0; best[0].fl = 0;
    for (int i = 0; i < n; i++) {
        if (!best[i].valid || n - i < 3) continue;
        Cell b = best[i];
        int nsub = n - i;
        for (int j = 0; j <= nsub; j++) cx->res[j] = -1;
        cx->off = i; cx->nsub = nsub;
        cx->role = i == 0 ? F_BEGIN : (F_MIDDLE | F_BEGIN);
        Walk w;
        memset(&w, 0, sizeof w);
        int rc;
        const int *en = eds->ed_n + i;
        const Rule ***ed = eds->ed + i;
        if (letters) {
            rc = walk_setup(&w, self, s + i, nsub, en, ed, 3.0, 1, 0, 1, 3, 0);
        } else {
            int m = -1;
            for (int q = 0; q < nsub; q++) if (lookalike(s[i + q])) { m = q; break; }
            if (m >= 0) rc = walk_setup(&w, self, s + i, nsub, en, ed, 3.0, 2, 0, 1, 3, m + 1);
            else rc = walk_setup(&w, self, s + i, nsub, en, ed, 3.0, 0, 0, 1, 3, 0);
        }
        if (rc < 0) return -1;
        w.emit = emit_part;
        w.user = cx;
        rc = rec(&w, 0, 0, 0, 0.0, 0, 0);
        walk_free(&w);
        if (rc < 0) return -1;
        for (int jr = 1; jr <= nsub; jr++) {
            int pi = cx->res[jr];
            if (pi < 0) continue;
            Part *p = &cx->parts[pi];
            int j = i + jr;
            if (j == n) {
                if (b.np == 0) continue;
                double tot = b.sc + p->zz - p->ch - 7.0;
                if (!*found || tot > *rtot) {
                    *found = 1; *rtot = tot; *rstart = i; *rpart = pi; *rch = b.ch + p->ch; *rfl = b.fl;
                }
            } else {
                double sc = b.sc + p->zz - p->ch - (b.np ? 7.0 : 0.0);
                if (!best[j].valid || sc > best[j].sc) {
                    best[j].valid = 1; best[j].sc = sc; best[j].np = b.np + 1; best[j].start = i;
                    best[j].part = pi; best[j].ch = b.ch + p->ch; best[j].fl = b.np == 0 ? p->fl : b.fl;
                }
            }
        }
    }
    return 0;
}

static PyObject *build_compound(CompoundCtx *cx, PyObject *str, Cell *best, double tot, double ch, int fl,
                                int start, int part) {
    int *chain = PyMem_Malloc((start + 2) * sizeof(int)), nc = 0;
    if (!chain) return PyErr_NoMemory();
    chain[nc++] = part;
    int i = start;
    while (i > 0) {
        chain[nc++] = best[i].part;
        i = best[i].start;
    }
    int wl = 0, nsg = 0;
    for (int c = 0; c < nc; c++) { wl += cx->parts[chain[c]].flen; nsg += cx->parts[chain[c]].flen; }
    char *word = PyMem_Malloc(wl + 1);
    if (!word) { PyMem_Free(chain); return PyErr_NoMemory(); }
    PyObject *segs = PyList_New(nsg);
    if (!segs) { PyMem_Free(word); PyMem_Free(chain); return NULL; }
    int wp = 0, sp = 0;
    for (int c = nc - 1; c >= 0; c--) {
        Part *p = &cx->parts[chain[c]];
        memcpy(word + wp, p->form, p->flen);
        wp += p->flen;
        for (int d = 0; d < p->flen; d++) {
            int st = cx->segs[p->segoff + 2 * d], ln = cx->segs[p->segoff + 2 * d + 1];
            PyObject *x = PyUnicode_Substring(str, st, st + ln);
            if (!x) { Py_DECREF(segs); PyMem_Free(word); PyMem_Free(chain); return NULL; }
            PyList_SET_ITEM(segs, sp++, x);
        }
    }
    PyMem_Free(chain);
    PyObject *w = PyUnicode_DecodeLatin1(word, wl, NULL);
    PyMem_Free(word);
    if (!w) { Py_DECREF(segs); return NULL; }
    return Py_BuildValue("(NNddi)", w, segs, tot, ch, fl & F_NAME);
}

static PyObject *Lex_compound(Lex *self, PyObject *args) {
    PyObject *str; int tl, tp;
    if (!PyArg_ParseTuple(args, "Uii", &str, &tl, &tp)) return NULL;
    Table *t_let = get_table(self, tl), *t_plain = get_table(self, tp);
    if (!t_let || !t_plain) return NULL;
    int n = (int)PyUnicode_GET_LENGTH(str);
    if (n < 6) Py_RETURN_NONE;
    Py_UCS4 *s = PyUnicode_AsUCS4Copy(str);
    if (!s) return NULL;
    CompoundCtx cx = {self, NULL, 0, 0, NULL, 0, 0, NULL, 0, 0, 0};
    Eds eplain, elet;
    memset(&eplain, 0, sizeof eplain);
    memset(&elet, 0, sizeof elet);
    Cell *best = PyMem_Calloc(n + 1, sizeof(Cell));
    cx.res = PyMem_Calloc(n + 1, sizeof(int));
    PyObject *res = NULL;
    if (!best || !cx.res) { PyErr_NoMemory(); goto out; }
    int found; double tot = 0, ch = 0; int fl = 0, start = 0, part = 0;
    if (eds_init(&eplain, s, n, t_plain, 1) < 0) goto out;
    if (compound_pass(self, s, n, 0, &eplain, &cx, best, &found, &tot, &ch, &fl, &start, &part) < 0) goto out;
    PyObject *c = found ? build_compound(&cx, str, best, tot, ch, fl, start, part) : (Py_INCREF(Py_None), Py_None);
    if (!c) goto out;
    if ((!found || tot < 0) && n >= 8) {
        /* slower: letter-for-letter misreadings too (d -> å) */
        int found2; double tot2 = 0, ch2 = 0; int fl2 = 0, start2 = 0, part2 = 0;
        if (eds_init(&elet, s, n, t_let, 1) < 0 ||
            compound_pass(self, s, n, 1, &elet, &cx, best, &found2, &tot2, &ch2, &fl2, &start2, &part2) < 0) {
            Py_DECREF(c);
            goto out;
        }
        if (found2 && (!found || tot2 > tot)) {
            Py_DECREF(c);
            c = build_compound(&cx, str, best, tot2, ch2, fl2, start2, part2);
            if (!c) goto out;
        }
    }
    res = c;
out:
    eds_free(&eplain);
    eds_free(&elet);
    PyMem_Free(best);
    PyMem_Free(cx.res);
    PyMem_Free(cx.parts);
    PyMem_Free(cx.segs);
    PyMem_Free(s);
    return res;
}

/* zipf×10 of a word given as a str (Lexicon.zipf): forms are Latin-1, so a word with a letter
 * beyond it is no form */
static int zipf_str(const Lex *L, PyObject *str) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    if (n > 255) return 0;
    uint8_t w[256];
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c > 255) return 0;
        w[i] = (uint8_t)c;
    }
    return zipf_bytes(L, w, (int)n);
}

static PyObject *Lex_zipf(Lex *self, PyObject *arg) {
    if (!PyUnicode_Check(arg)) { PyErr_SetString(PyExc_TypeError, "zipf(str)"); return NULL; }
    return PyLong_FromLong(zipf_str(self, arg));
}

/* `Repairer._nothing_to_decide`: a common word, the only form of its key, with no look-alike
 * and no key one dropped å/ä/ö away */
static PyObject *Lex_nothing_to_decide(Lex *self, PyObject *args) {
    PyObject *str; int plain_tid;
    if (!PyArg_ParseTuple(args, "Ui", &str, &plain_tid)) return NULL;
    Table *tab = get_table(self, plain_tid);
    if (!tab) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    if (n < 3) Py_RETURN_FALSE;
    if (n <= 4) {
        int vowel = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 0xE5 || c == 0xE4
                || c == 0xF6 || c == 0xE9 || c == 0xE8) vowel = 1;
        }
        if (!vowel) Py_RETURN_FALSE;
    }
    if (n > 250) Py_RETURN_FALSE; /* (no key is that long) */
    unsigned char k[256];
    int64_t node = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        k[i] = (unsigned char)fold(PyUnicode_READ(kind, data, i));
        if (node >= 0) node = child(self, (uint32_t)node, k[i]);
    }
    if (node < 0 || !self->nodes[node].forms) Py_RETURN_FALSE;
    FormIter it = forms_of(self, (uint32_t)node);
    int sole = 0;
    const uint8_t *f;
    int flen, z, fl;
    while (next_form(&it, &f, &flen, &z, &fl)) {
        if (fl & (F_ALONE | F_FINNISH)) {
            int same = flen == n;
            for (int i = 0; same && i < flen; i++) same = f[i] == PyUnicode_READ(kind, data, i);
            if (sole || !same || !(fl & F_ALONE) || z < 35) Py_RETURN_FALSE;
            sole = 1;
        }
    }
    if (!sole) Py_RETURN_FALSE;
    /* a look-alike or multi-letter segment that could be read as another letter */
    for (Py_ssize_t t = 0; t < n; t++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, t);
        for (int q = 0; q < tab->nsingle; q++)
            if (tab->single_ch[q] == c && tab->single_n[q]) Py_RETURN_FALSE;
        for (int q = 0; q < tab->nmulti; q++) {
            const Rule *r0 = &tab->rules[tab->multi_start[q]];
            if (t + r0->len > n) continue;
            int j = 0;
            while (j < r0->len && r0->seg[j] == PyUnicode_READ(kind, data, t + j)) j++;
            if (j == r0->len) Py_RETURN_FALSE;
        }
    }
    for (int d = 0; d < self->ndels; d++) {
        if (!(self->del_c[d] <= 3.5)) continue;
        unsigned char kb[258];
        kb[0] = self->del_kt[d];
        memcpy(kb + 1, k, n);
        int64_t x = lookup_key(self, kb, (int)n + 1);
        if (x >= 0 && (self->nodes[x].flags & P_KEY)) Py_RETURN_FALSE;
        memcpy(kb, k, n);
        kb[n] = self->del_kt[d];
        x = lookup_key(self, kb, (int)n + 1);
        if (x >= 0 && (self->nodes[x].flags & P_KEY)) Py_RETURN_FALSE;
    }
    Py_RETURN_TRUE;
}

static PyMethodDef Lex_methods[] = {
    {"zipf", (PyCFunction)Lex_zipf, METH_O, "zipf(word) -> zipf×10 of a standalone word, 0 when unknown (Lexicon.zipf)"},
    {"nothing_to_decide", (PyCFunction)Lex_nothing_to_decide, METH_VARARGS,
     "nothing_to_decide(s, plain_table) -> bool (Repairer._nothing_to_decide)"},
    {"set_table", (PyCFunction)Lex_set_table, METH_VARARGS, "set_table(id, single, multi)"},
    {"walk", (PyCFunction)Lex_walk, METH_VARARGS,
     "walk(s, table, max_cost, max_edits, inner_deletion, emit_all, emin, edits_from) -> list (Repairer.walk)"},
    {"direct", (PyCFunction)Lex_direct, METH_VARARGS,
     "direct(s, table, plain_table, need, inner_deletion, known) -> tuple of (word, segs, score, channel, flags)"},
    {"compound", (PyCFunction)Lex_compound, METH_VARARGS,
     "compound(s, letters_table, plain_table) -> (word, segs, score, channel, flags) or None"},
    {NULL}};

static PyTypeObject LexType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "normalizers._fastrepair.Lex",
    .tp_basicsize = sizeof(Lex),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Lex_init,
    .tp_dealloc = (destructor)Lex_dealloc,
    .tp_methods = Lex_methods,
    .tp_doc = "Lex(flat_trie_buffer, dels, costs): the compiled search over the flat trie",
};

static struct PyModuleDef moddef = {PyModuleDef_HEAD_INIT, "_fastrepair", "Compiled hot paths of normalizers.repair", -1, NULL};

PyMODINIT_FUNC PyInit__fastrepair(void) {
    if (PyType_Ready(&LexType) < 0) return NULL;
    PyObject *m = PyModule_Create(&moddef);
    if (!m) return NULL;
    Py_INCREF(&LexType);
    if (PyModule_AddObject(m, "Lex", (PyObject *)&LexType) < 0) {
        Py_DECREF(&LexType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
