/* pdfplumber's rules for words and lines on a page's glyph arrays (layout.py), in C.

   layout.py computes the same with numpy, in some fifty passes over small arrays per page;
   here each step is one loop. Every result is the same to the last bit: sorts are stable
   and compare as numpy does (NaN after every number, equal values in their order), minima
   and maxima keep numpy's choice between equal values, and the arithmetic is the same
   double-precision additions and comparisons. layout.py is the reference and the fallback
   where this module was not built.

   clusters(values, tolerance, group, out)
       numpy: layout.clusters(values, tolerance, group); group may be None.
   word_order(x0, x1, top, bottom, upright, space, group, x_tolerance, y_tolerance,
              order, starts) -> (glyphs, words)
       numpy: layout.word_order; fills order[:glyphs] and starts[:words].
   line_parts(x0, x1, top, size, bold, order, glyphs, starts, words, y_tolerance,
              line_word, gap_start, line_gap, left, top_out, right, first_size, line_bold)
       -> (lines, gaps)
       numpy: the index work of layout.text_lines after word_order: where each line's
       words start (line_word), where its column pieces start (gap_start, and line_gap the
       first piece of each line), and each line's bounds, first glyph's size and boldness.
   line_texts(codes, x0, x1, word_start, line_word, gap_start, line_gap)
       -> [(text, ((x0, x1, piece), ...)), ...]
       numpy: the strings of layout.text_lines, line by line: its words joined by single
       spaces, and its column pieces with their extents; codes, x0 and x1 are the glyphs in
       reading order (uint32, float64, float64), ligature glyphs spelt out as letters.

   Arrays are float64, int64 or bool (uint8) buffers of the lengths their numpy
   counterparts have; outputs are as long as the glyphs (n). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* --- comparing and sorting as numpy does --------------------------------------------- */

/* numpy's "less than" for floats: NaN sorts after every number */
static inline int
less(double a, double b)
{
    return a < b || (isnan(b) && !isnan(a));
}

/* np.minimum / np.maximum: a NaN wins, and between equal values the second */
static inline double
minimum(double a, double b)
{
    return (a < b || isnan(a)) ? a : b;
}

static inline double
maximum(double a, double b)
{
    return (a > b || isnan(a)) ? a : b;
}

typedef struct {
    const int64_t *whole;  /* the first key, or NULL */
    const double *by;      /* then this, or NULL */
    const double *then;    /* then this, or NULL */
} Keys;

/* whether index i comes strictly before index j by the keys */
static inline int
before(const Keys *k, int64_t i, int64_t j)
{
    if (k->whole != NULL && k->whole[i] != k->whole[j])
        return k->whole[i] < k->whole[j];
    if (k->by != NULL) {
        if (less(k->by[i], k->by[j]))
            return 1;
        if (less(k->by[j], k->by[i]))
            return 0;
    }
    if (k->then != NULL)
        return less(k->then[i], k->then[j]);
    return 0;
}

#define RUN 32

/* The stable order of 0..n-1 by the keys (numpy's lexsort / stable argsort): insertion
   sort in runs, then merges, which leave runs already in order alone (pages come nearly
   sorted). tmp holds n indices. */
static void
stable_order(int64_t *a, Py_ssize_t n, const Keys *k, int64_t *tmp)
{
    for (Py_ssize_t i = 0; i < n; i++)
        a[i] = i;
    for (Py_ssize_t lo = 0; lo < n; lo += RUN) {
        Py_ssize_t hi = lo + RUN < n ? lo + RUN : n;
        for (Py_ssize_t i = lo + 1; i < hi; i++) {
            int64_t x = a[i];
            Py_ssize_t j = i;
            while (j > lo && before(k, x, a[j - 1])) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = x;
        }
    }
    for (Py_ssize_t width = RUN; width < n; width *= 2) {
        for (Py_ssize_t lo = 0; lo + width < n; lo += 2 * width) {
            Py_ssize_t mid = lo + width, hi = lo + 2 * width < n ? lo + 2 * width : n;
            if (!before(k, a[mid], a[mid - 1]))
                continue;
            Py_ssize_t left = mid - lo, i = 0, j = mid, out = lo;
            memcpy(tmp, a + lo, left * sizeof(int64_t));
            while (i < left && j < hi)
                a[out++] = before(k, a[j], tmp[i]) ? a[j++] : tmp[i++];
            while (i < left)
                a[out++] = tmp[i++];
        }
    }
}

/* layout.clusters: within each group, sorted values chain while each is within its
   tolerance (tolerances[i], or tolerance) of the one before. by and tmp hold n indices. */
static void
cluster(const double *values, double tolerance, const double *tolerances,
        const int64_t *group, Py_ssize_t n, int64_t *out, int64_t *by, int64_t *tmp)
{
    Keys k = {group, values, NULL};
    int64_t id = -1;

    stable_order(by, n, &k, tmp);
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t c = by[i];
        if (i == 0)
            id++;
        else {
            int64_t p = by[i - 1];
            double tol = tolerances != NULL ? tolerances[c] : tolerance;
            if ((group != NULL && group[c] != group[p]) || values[c] > values[p] + tol)
                id++;
        }
        out[c] = id;
    }
}

/* --- arguments ----------------------------------------------------------------------- */

typedef struct {
    Py_buffer view[20];
    int count;
} Buffers;

static void
release(Buffers *b)
{
    for (int i = 0; i < b->count; i++)
        PyBuffer_Release(&b->view[i]);
    b->count = 0;
}

/* The buffer of obj (writable if asked), holding at least n items of size bytes. */
static void *
array(Buffers *b, PyObject *obj, Py_ssize_t n, Py_ssize_t size, int writable, const char *name)
{
    Py_buffer *view = &b->view[b->count];
    if (PyObject_GetBuffer(obj, view, writable ? PyBUF_WRITABLE : PyBUF_SIMPLE) < 0)
        return NULL;
    b->count++;
    if (view->len < n * size) {
        PyErr_Format(PyExc_ValueError, "%s holds %zd bytes, %zd needed", name, view->len,
                     n * size);
        return NULL;
    }
    return view->buf;
}

/* The buffer of obj, of float64 items: their number through n. */
static const double *
lead(Buffers *b, PyObject *obj, Py_ssize_t *n, const char *name)
{
    const double *p = array(b, obj, 0, sizeof(double), 0, name);
    if (p != NULL)
        *n = b->view[b->count - 1].len / (Py_ssize_t)sizeof(double);
    return p;
}

static void *
scratch(Py_ssize_t n, Py_ssize_t size)
{
    void *p = PyMem_Malloc(n > 0 ? n * size : 1);
    if (p == NULL)
        PyErr_NoMemory();
    return p;
}

/* --- clusters ------------------------------------------------------------------------ */

static PyObject *
clusters(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *values_obj, *tolerance_obj, *group_obj, *out_obj;
    Buffers b = {.count = 0};
    int64_t *by = NULL, *tmp = NULL;
    PyObject *result = NULL;

    if (!PyArg_ParseTuple(args, "OOOO:clusters", &values_obj, &tolerance_obj, &group_obj,
                          &out_obj))
        return NULL;
    Py_ssize_t n;
    const double *values = lead(&b, values_obj, &n, "values");
    if (values == NULL)
        goto done;
    double tolerance = 0.0;
    const double *tolerances = NULL;
    if (PyFloat_Check(tolerance_obj) || PyLong_Check(tolerance_obj)) {
        tolerance = PyFloat_AsDouble(tolerance_obj);
        if (tolerance == -1.0 && PyErr_Occurred())
            goto done;
    } else if ((tolerances = array(&b, tolerance_obj, n, sizeof(double), 0, "tolerance")) == NULL)
        goto done;
    const int64_t *group = NULL;
    if (group_obj != Py_None &&
            (group = array(&b, group_obj, n, sizeof(int64_t), 0, "group")) == NULL)
        goto done;
    int64_t *out = array(&b, out_obj, n, sizeof(int64_t), 1, "out");
    if (out == NULL || (by = scratch(n, sizeof(int64_t))) == NULL ||
            (tmp = scratch(n, sizeof(int64_t))) == NULL)
        goto done;
    cluster(values, tolerance, tolerances, group, n, out, by, tmp);
    result = Py_NewRef(Py_None);
done:
    PyMem_Free(by);
    PyMem_Free(tmp);
    release(&b);
    return result;
}

/* --- words in reading order ---------------------------------------------------------- */

typedef struct {
    Py_ssize_t n;
    const double *x0, *x1, *top, *bottom;
    const uint8_t *upright, *space;
    const int64_t *group;  /* or NULL: one group */
    double x_tolerance, y_tolerance;
} Glyphs;

/* layout.word_order: fills order and starts, returns the glyphs and words through m, w. */
static int
order_words(const Glyphs *g, int64_t *order, int64_t *starts, Py_ssize_t *m, Py_ssize_t *w)
{
    Py_ssize_t n = g->n;
    int ok = 0, upright = 1;
    int64_t *run = NULL, *line = NULL, *seq = NULL, *tmp = NULL;
    double *own = NULL;  /* per-glyph measures where some text is vertical */

    *m = *w = 0;
    if (n == 0)
        return 1;
    for (Py_ssize_t i = 0; i < n; i++)
        upright &= g->upright[i] != 0;
    if ((run = scratch(n, sizeof(int64_t))) == NULL || (line = scratch(n, sizeof(int64_t))) == NULL
            || (seq = scratch(n, sizeof(int64_t))) == NULL
            || (tmp = scratch(n, sizeof(int64_t))) == NULL)
        goto done;
    run[0] = 0;
    for (Py_ssize_t i = 1; i < n; i++) {
        int changes = g->upright[i] != g->upright[i - 1] ||
                      (g->group != NULL && g->group[i] != g->group[i - 1]);
        run[i] = run[i - 1] + changes;
    }
    const double *lines_by = g->top, *along_from = g->x0, *along_to = g->x1, *off = g->top;
    const double *then = NULL, *across = NULL, *along = NULL;
    if (!upright) {
        if ((own = scratch(7 * n, sizeof(double))) == NULL)
            goto done;
        double *lb = own, *af = own + n, *at = own + 2 * n, *of = own + 3 * n;
        double *th = own + 4 * n, *ac = own + 5 * n, *al = own + 6 * n;
        for (Py_ssize_t i = 0; i < n; i++) {
            int up = g->upright[i] != 0;
            lb[i] = up ? g->top[i] : g->x0[i];
            af[i] = up ? g->x0[i] : g->top[i];
            at[i] = up ? g->x1[i] : g->bottom[i];
            of[i] = up ? g->top[i] : g->x0[i];
            th[i] = up ? 0.0 : g->bottom[i];
            ac[i] = up ? g->y_tolerance : g->x_tolerance;
            al[i] = up ? g->x_tolerance : g->y_tolerance;
        }
        lines_by = lb, along_from = af, along_to = at, off = of, then = th, across = ac,
        along = al;
    }
    cluster(lines_by, g->y_tolerance, across, run, n, line, seq, tmp);
    Keys k = {line, along_from, then};
    stable_order(seq, n, &k, tmp);
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t c = seq[i];
        int start = 1;
        if (i > 0) {
            int64_t p = seq[i - 1];
            double across_c = across != NULL ? across[c] : g->y_tolerance;
            double along_c = along != NULL ? along[c] : g->x_tolerance;
            start = line[c] != line[p] || g->space[p] || along_from[c] < along_from[p] ||
                    along_from[c] > along_to[p] + along_c || fabs(off[c] - off[p]) > across_c;
        }
        if (!g->space[c]) {
            if (start)
                starts[(*w)++] = *m;
            order[(*m)++] = c;
        }
    }
    ok = 1;
done:
    PyMem_Free(run);
    PyMem_Free(line);
    PyMem_Free(seq);
    PyMem_Free(tmp);
    PyMem_Free(own);
    return ok;
}

/* Reads the glyph arrays of word_order's arguments into g. */
static int
glyph_arrays(Buffers *b, PyObject *const *obj, PyObject *group, Glyphs *g)
{
    if ((g->x0 = lead(b, obj[0], &g->n, "x0")) == NULL ||
            (g->x1 = array(b, obj[1], g->n, sizeof(double), 0, "x1")) == NULL ||
            (g->top = array(b, obj[2], g->n, sizeof(double), 0, "top")) == NULL ||
            (g->bottom = array(b, obj[3], g->n, sizeof(double), 0, "bottom")) == NULL ||
            (g->upright = array(b, obj[4], g->n, 1, 0, "upright")) == NULL ||
            (g->space = array(b, obj[5], g->n, 1, 0, "space")) == NULL)
        return 0;
    g->group = NULL;
    if (group != Py_None &&
            (g->group = array(b, group, g->n, sizeof(int64_t), 0, "group")) == NULL)
        return 0;
    return 1;
}

static PyObject *
word_order(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *obj[6], *group, *order_obj, *starts_obj;
    Glyphs g;
    Buffers b = {.count = 0};
    PyObject *result = NULL;
    Py_ssize_t m, w;

    if (!PyArg_ParseTuple(args, "OOOOOOOddOO:word_order", &obj[0], &obj[1], &obj[2], &obj[3],
                          &obj[4], &obj[5], &group, &g.x_tolerance, &g.y_tolerance,
                          &order_obj, &starts_obj))
        return NULL;
    if (!glyph_arrays(&b, obj, group, &g))
        goto done;
    int64_t *order = array(&b, order_obj, g.n, sizeof(int64_t), 1, "order");
    int64_t *starts = order ? array(&b, starts_obj, g.n, sizeof(int64_t), 1, "starts") : NULL;
    if (starts == NULL || !order_words(&g, order, starts, &m, &w))
        goto done;
    result = Py_BuildValue("(nn)", m, w);
done:
    release(&b);
    return result;
}

/* --- lines ----------------------------------------------------------------------------- */

typedef struct {
    int64_t *line_word, *gap_start, *line_gap;
    double *left, *top, *right, *size;
    uint8_t *bold;
} Lines;

/* The rest of layout.text_lines' index work; returns the lines (and gaps through gaps),
   or -1 when memory runs out. */
static Py_ssize_t
parts_of_lines(const double *x0, const double *x1, const double *top, const double *size,
               const uint8_t *bold, const int64_t *order, Py_ssize_t m, const int64_t *starts,
               Py_ssize_t words, double y_tolerance, const Lines *out, Py_ssize_t *gaps)
{
    Py_ssize_t lines = 0;
    double *word_top = scratch(words, sizeof(double));
    int64_t *key = scratch(words, sizeof(int64_t)), *by = scratch(words, sizeof(int64_t));
    int64_t *tmp = scratch(words, sizeof(int64_t));

    *gaps = 0;
    if (word_top == NULL || key == NULL || by == NULL || tmp == NULL) {
        lines = -1;
        goto done;
    }
    for (Py_ssize_t w = 0; w < words; w++) {  /* np.minimum.reduceat(top[order], starts) */
        Py_ssize_t end = w + 1 < words ? starts[w + 1] : m;
        double t = top[order[starts[w]]];
        for (Py_ssize_t i = starts[w] + 1; i < end; i++)
            t = minimum(t, top[order[i]]);
        word_top[w] = t;
    }
    cluster(word_top, y_tolerance, NULL, NULL, words, key, by, tmp);
    for (Py_ssize_t w = 0; w < words; w++)
        if (w == 0 || key[w] != key[w - 1])
            out->line_word[lines++] = w;
    for (Py_ssize_t n = 0; n < lines; n++) {
        Py_ssize_t first = starts[out->line_word[n]];
        Py_ssize_t end = n + 1 < lines ? starts[out->line_word[n + 1]] : m;
        double left = x0[order[first]], high = top[order[first]], right = x1[order[first]];
        Py_ssize_t heavy = 0;
        out->line_gap[n] = *gaps;
        for (Py_ssize_t i = first; i < end; i++) {
            int64_t c = order[i];
            if (i > first) {
                left = minimum(left, x0[c]);
                high = minimum(high, top[c]);
                right = maximum(right, x1[c]);
            }
            heavy += bold[c] != 0;
            /* a column piece starts at the line and after a gap over a quarter of the size */
            double s = size[c] == 0 ? 10.0 : size[c];
            if (i == first || !(x0[c] - x1[order[i - 1]] <= 0.25 * s))
                out->gap_start[(*gaps)++] = i;
        }
        out->left[n] = left, out->top[n] = high, out->right[n] = right;
        out->size[n] = size[order[first]];
        out->bold[n] = 2 * heavy > end - first;
    }
done:
    PyMem_Free(word_top);
    PyMem_Free(key);
    PyMem_Free(by);
    PyMem_Free(tmp);
    return lines;
}

static PyObject *
line_parts(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *obj[5], *order_obj, *starts_obj, *o[8];
    Py_ssize_t m, words, gaps;
    double y_tolerance;
    Buffers b = {.count = 0};
    PyObject *result = NULL;
    Lines out;

    if (!PyArg_ParseTuple(args, "OOOOOOnOndOOOOOOOO:line_parts", &obj[0], &obj[1], &obj[2],
                          &obj[3], &obj[4], &order_obj, &m, &starts_obj, &words, &y_tolerance,
                          &o[0], &o[1], &o[2], &o[3], &o[4], &o[5], &o[6], &o[7]))
        return NULL;
    Py_ssize_t n;
    const double *x0 = lead(&b, obj[0], &n, "x0");
    if (x0 != NULL && (m < 0 || m > n || words < 0 || words > m)) {
        PyErr_SetString(PyExc_ValueError, "more glyphs or words than the arrays hold");
        goto done;
    }
    const double *x1 = x0 ? array(&b, obj[1], n, sizeof(double), 0, "x1") : NULL;
    const double *top = x1 ? array(&b, obj[2], n, sizeof(double), 0, "top") : NULL;
    const double *size = top ? array(&b, obj[3], n, sizeof(double), 0, "size") : NULL;
    const uint8_t *bold = size ? array(&b, obj[4], n, 1, 0, "bold") : NULL;
    const int64_t *order = bold ? array(&b, order_obj, m, sizeof(int64_t), 0, "order") : NULL;
    const int64_t *starts = order ? array(&b, starts_obj, words, sizeof(int64_t), 0, "starts")
                                  : NULL;
    if (starts == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < m; i++) {
        if (order[i] < 0 || order[i] >= n) {
            PyErr_SetString(PyExc_ValueError, "order names a glyph the arrays do not hold");
            goto done;
        }
    }
    for (Py_ssize_t w = 0; w < words; w++) {
        if (starts[w] < 0 || starts[w] >= m || (w > 0 && starts[w] <= starts[w - 1])) {
            PyErr_SetString(PyExc_ValueError, "word starts out of order or range");
            goto done;
        }
    }
    if ((out.line_word = array(&b, o[0], m, sizeof(int64_t), 1, "line_word")) == NULL ||
            (out.gap_start = array(&b, o[1], m, sizeof(int64_t), 1, "gap_start")) == NULL ||
            (out.line_gap = array(&b, o[2], m, sizeof(int64_t), 1, "line_gap")) == NULL ||
            (out.left = array(&b, o[3], m, sizeof(double), 1, "left")) == NULL ||
            (out.top = array(&b, o[4], m, sizeof(double), 1, "top")) == NULL ||
            (out.right = array(&b, o[5], m, sizeof(double), 1, "right")) == NULL ||
            (out.size = array(&b, o[6], m, sizeof(double), 1, "first_size")) == NULL ||
            (out.bold = array(&b, o[7], m, 1, 1, "line_bold")) == NULL)
        goto done;
    Py_ssize_t lines = words == 0 ? 0 : parts_of_lines(x0, x1, top, size, bold, order, m,
                                                       starts, words, y_tolerance, &out, &gaps);
    if (words == 0)
        gaps = 0;
    if (lines < 0) {
        PyErr_NoMemory();
        goto done;
    }
    result = Py_BuildValue("(nn)", lines, gaps);
done:
    release(&b);
    return result;
}

/* --- the lines' strings -------------------------------------------------------------- */

/* ligatures U+FB00..U+FB06 as pdfplumber's extract_text reads them: as their letters */
static const char *const LIGATURE[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

/* The code points codes[a..b) into out, ligatures spelt out; how many were written. */
static Py_ssize_t
spell(const uint32_t *codes, Py_ssize_t a, Py_ssize_t b, Py_UCS4 *out)
{
    Py_ssize_t k = 0;
    for (Py_ssize_t i = a; i < b; i++) {
        if (codes[i] >= 0xFB00 && codes[i] <= 0xFB06)
            for (const char *c = LIGATURE[codes[i] - 0xFB00]; *c; c++)
                out[k++] = (Py_UCS4)*c;
        else
            out[k++] = codes[i];
    }
    return k;
}

static PyObject *
text_of(const Py_UCS4 *chars, Py_ssize_t n)
{
    return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, chars, n);
}

typedef struct {
    const uint32_t *codes;
    const double *x0, *x1;
    Py_ssize_t m, words, gaps;
    const int64_t *word_start, *gap_start;
    Py_UCS4 *buf;  /* room for a line's letters and spaces */
} Text;

/* One line's (text, pieces): its words [w0, w1) and column pieces [p0, p1). */
static PyObject *
one_line(const Text *t, Py_ssize_t w0, Py_ssize_t w1, Py_ssize_t p0, Py_ssize_t p1)
{
    Py_ssize_t k = 0;
    for (Py_ssize_t w = w0; w < w1; w++) {
        Py_ssize_t end = w + 1 < t->words ? t->word_start[w + 1] : t->m;
        if (w > w0)
            t->buf[k++] = ' ';
        k += spell(t->codes, t->word_start[w], end, t->buf + k);
    }
    PyObject *text = text_of(t->buf, k);
    PyObject *pieces = text ? PyTuple_New(p1 - p0) : NULL;
    for (Py_ssize_t p = p0; pieces != NULL && p < p1; p++) {
        Py_ssize_t a = t->gap_start[p], b = p + 1 < t->gaps ? t->gap_start[p + 1] : t->m;
        PyObject *piece = text_of(t->buf, spell(t->codes, a, b, t->buf));
        PyObject *item = piece ? Py_BuildValue("(ddN)", t->x0[a], t->x1[b - 1], piece) : NULL;
        if (item == NULL)
            Py_CLEAR(pieces);
        else
            PyTuple_SET_ITEM(pieces, p - p0, item);
    }
    if (pieces == NULL) {
        Py_XDECREF(text);
        return NULL;
    }
    return Py_BuildValue("(NN)", text, pieces);
}

/* Whether starts[0..n) rise strictly within [0, limit). */
static int
rising(const int64_t *starts, Py_ssize_t n, Py_ssize_t limit)
{
    for (Py_ssize_t i = 0; i < n; i++)
        if (starts[i] < 0 || starts[i] >= limit || (i > 0 && starts[i] <= starts[i - 1]))
            return 0;
    return 1;
}

static PyObject *
line_texts(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *obj[7];
    Buffers b = {.count = 0};
    PyObject *result = NULL;
    Text t = {.buf = NULL};
    Py_ssize_t lines = 0;

    if (!PyArg_ParseTuple(args, "OOOOOOO:line_texts", &obj[0], &obj[1], &obj[2], &obj[3],
                          &obj[4], &obj[5], &obj[6]))
        return NULL;
    /* the length of each array through its buffer: codes (m), word_start, line_word, gap_start */
    t.codes = array(&b, obj[0], 0, sizeof(uint32_t), 0, "codes");
    t.m = t.codes ? b.view[0].len / (Py_ssize_t)sizeof(uint32_t) : 0;
    t.x0 = t.codes ? array(&b, obj[1], t.m, sizeof(double), 0, "x0") : NULL;
    t.x1 = t.x0 ? array(&b, obj[2], t.m, sizeof(double), 0, "x1") : NULL;
    t.word_start = t.x1 ? array(&b, obj[3], 0, sizeof(int64_t), 0, "word_start") : NULL;
    t.words = t.word_start ? b.view[3].len / (Py_ssize_t)sizeof(int64_t) : 0;
    const int64_t *line_word = t.word_start ? array(&b, obj[4], 0, sizeof(int64_t), 0,
                                                    "line_word") : NULL;
    lines = line_word ? b.view[4].len / (Py_ssize_t)sizeof(int64_t) : 0;
    t.gap_start = line_word ? array(&b, obj[5], 0, sizeof(int64_t), 0, "gap_start") : NULL;
    t.gaps = t.gap_start ? b.view[5].len / (Py_ssize_t)sizeof(int64_t) : 0;
    const int64_t *line_gap = t.gap_start ? array(&b, obj[6], lines, sizeof(int64_t), 0,
                                                  "line_gap") : NULL;
    if (line_gap == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < t.m; i++) {
        if (t.codes[i] > 0x10FFFF) {
            PyErr_SetString(PyExc_ValueError, "a code point beyond Unicode");
            goto done;
        }
    }
    if (!rising(t.word_start, t.words, t.m) || !rising(t.gap_start, t.gaps, t.m) ||
            !rising(line_word, lines, t.words) || !rising(line_gap, lines, t.gaps)) {
        PyErr_SetString(PyExc_ValueError, "starts out of order or range");
        goto done;
    }
    /* a ligature spells out to three letters at most; a space between words */
    if ((t.buf = scratch(3 * t.m + t.words + 1, sizeof(Py_UCS4))) == NULL)
        goto done;
    if ((result = PyList_New(lines)) == NULL)
        goto done;
    for (Py_ssize_t n = 0; n < lines; n++) {
        PyObject *line = one_line(&t, line_word[n], n + 1 < lines ? line_word[n + 1] : t.words,
                                  line_gap[n], n + 1 < lines ? line_gap[n + 1] : t.gaps);
        if (line == NULL) {
            Py_CLEAR(result);
            goto done;
        }
        PyList_SET_ITEM(result, n, line);
    }
done:
    PyMem_Free(t.buf);
    release(&b);
    return result;
}

static PyMethodDef methods[] = {
    {"clusters", clusters, METH_VARARGS, "layout.clusters into out."},
    {"word_order", word_order, METH_VARARGS, "layout.word_order into order and starts."},
    {"line_parts", line_parts, METH_VARARGS, "The index work of layout.text_lines."},
    {"line_texts", line_texts, METH_VARARGS, "The strings of layout.text_lines' lines."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_layout",
    "pdfplumber's rules for words and lines on glyph arrays, as layout.py applies them.", -1,
    methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit__layout(void)
{
    return PyModule_Create(&module);
}
