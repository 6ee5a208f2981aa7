/* The reader's per-glyph and per-segment questions to pdfium, asked in one call per page.

   pdfium answers one glyph at a time (its text object, loose box, origin, code point); asked
   from Python, each answer costs a foreign call. Here the same functions are called in a C
   loop that fills the caller's arrays. The functions are pypdfium2's own: their addresses in
   the pdfium library it loaded are handed over once (`bind`), so there is no second copy of
   pdfium and nothing is linked at build time. Every value is pdfium's, stored unchanged in
   the caller's zeroed arrays, so the reader's output is the same as with calls from Python.

   `glyphs(tp, n, index, owner, box, origin, code, size, matrix, font)` reads the text page tp
   (a FPDF_TEXTPAGE's address) of n characters and returns m, the glyphs printed by a text
   object (pdfium's generated spaces and breaks have none), giving for the k-th of them:
     index[k]   int64    its position on the text page
     owner[k]   int64    its text object (FPDF_PAGEOBJECT)
     box[4k..]  float32  its loose box: left, top, right, bottom (FS_RECTF)
     origin[2k..] float64 its origin x, y
     code[k]    uint32   its code point (FPDFText_GetUnicode)
   and, where its text object differs from the glyph printed before (so at least at the first
   glyph of every text object):
     size[k]    float64  its font size (FPDFText_GetFontSize)
     matrix[4k..] float32 a, b, c, d of its matrix (FPDFText_GetMatrix; 1, 0, 0, 1 if none)
     font[k]    int64    its text object's font (FPDFTextObj_GetFont)

   `path_points(path, xy, kind, close)` gives a path object's segments: xy[2k..] float32 the
   point (as FPDFPathSegment_GetPoint leaves it: the one before when it fails), kind[k] int32
   its type, close[k] uint8 whether it closes the subpath; returns the number of segments, or
   -1 when the arrays are too short for them.

   `path_edges(path, a, b, c, d, e, f, moveto, height)` gives what objects.path_edges gives
   for a path object drawn with the matrix (a, b, c, d, e, f) on a page of that height: its
   subpaths' horizontal and vertical edges as (kind, x0, x1, top, bottom, orientation), by the
   same double-precision arithmetic and comparisons as the Python there. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

typedef struct { float left, top, right, bottom; } RectF;
typedef struct { float a, b, c, d, e, f; } MatrixF;

typedef void *(*text_object_fn)(void *, int);
typedef int (*loose_box_fn)(void *, int, RectF *);
typedef int (*char_origin_fn)(void *, int, double *, double *);
typedef unsigned int (*get_unicode_fn)(void *, int);
typedef double (*font_size_fn)(void *, int);
typedef int (*char_matrix_fn)(void *, int, MatrixF *);
typedef void *(*object_font_fn)(void *);
typedef int (*segment_count_fn)(void *);
typedef void *(*path_segment_fn)(void *, int);
typedef int (*segment_point_fn)(void *, float *, float *);
typedef int (*segment_int_fn)(void *);

/* in the order `bind` takes them */
static struct {
    text_object_fn text_object;
    loose_box_fn loose_box;
    char_origin_fn char_origin;
    get_unicode_fn get_unicode;
    font_size_fn font_size;
    char_matrix_fn char_matrix;
    object_font_fn object_font;
    segment_count_fn segment_count;
    path_segment_fn path_segment;
    segment_point_fn segment_point;
    segment_int_fn segment_type;
    segment_int_fn segment_close;
} pdfium;

#define FUNCTIONS ((Py_ssize_t)(sizeof(pdfium) / sizeof(void *)))
static int bound = 0;

static PyObject *
bind(PyObject *Py_UNUSED(self), PyObject *arg)
{
    void *found[FUNCTIONS];
    PyObject *seq = PySequence_Fast(arg, "bind takes a sequence of function addresses");
    if (seq == NULL)
        return NULL;
    if (PySequence_Fast_GET_SIZE(seq) != FUNCTIONS) {
        PyErr_Format(PyExc_ValueError, "bind takes %zd function addresses", FUNCTIONS);
        Py_DECREF(seq);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < FUNCTIONS; i++) {
        found[i] = PyLong_AsVoidPtr(PySequence_Fast_GET_ITEM(seq, i));
        if (found[i] == NULL) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_ValueError, "function address %zd is null", i);
            Py_DECREF(seq);
            return NULL;
        }
    }
    Py_DECREF(seq);
    memcpy(&pdfium, found, sizeof(pdfium));
    bound = 1;
    Py_RETURN_NONE;
}

static int
ready(void)
{
    if (!bound)
        PyErr_SetString(PyExc_RuntimeError, "pdfium's functions are not bound yet");
    return bound;
}

/* Whether each buffer holds at least count items of its size; a ValueError if not. */
static int
large_enough(Py_buffer *buffers, const Py_ssize_t *sizes, int nbuffers, Py_ssize_t count)
{
    for (int i = 0; i < nbuffers; i++) {
        if (buffers[i].len < count * sizes[i]) {
            PyErr_Format(PyExc_ValueError, "array %d holds %zd bytes, %zd needed", i,
                         buffers[i].len, count * sizes[i]);
            return 0;
        }
    }
    return 1;
}

static void
release(Py_buffer *buffers, int nbuffers)
{
    for (int i = 0; i < nbuffers; i++)
        PyBuffer_Release(&buffers[i]);
}

static Py_ssize_t
read_glyphs(void *tp, int n, Py_buffer *b)
{
    int64_t *index = b[0].buf, *owner = b[1].buf, *font = b[7].buf;
    float *box = b[2].buf, *matrix = b[6].buf;
    double *origin = b[3].buf, *size = b[5].buf;
    uint32_t *code = b[4].buf;
    void *before = NULL;
    Py_ssize_t m = 0;

    for (int i = 0; i < n; i++) {
        void *obj = pdfium.text_object(tp, i);
        if (obj == NULL)
            continue;
        index[m] = i;
        owner[m] = (int64_t)(intptr_t)obj;
        pdfium.loose_box(tp, i, (RectF *)(box + 4 * m));
        pdfium.char_origin(tp, i, origin + 2 * m, origin + 2 * m + 1);
        code[m] = pdfium.get_unicode(tp, i);
        if (obj != before) {
            MatrixF mx;
            float *out = matrix + 4 * m;
            size[m] = pdfium.font_size(tp, i);
            if (pdfium.char_matrix(tp, i, &mx)) {
                out[0] = mx.a, out[1] = mx.b, out[2] = mx.c, out[3] = mx.d;
            } else {
                out[0] = 1.0f, out[1] = 0.0f, out[2] = 0.0f, out[3] = 1.0f;
            }
            font[m] = (int64_t)(intptr_t)pdfium.object_font(obj);
            before = obj;
        }
        m++;
    }
    return m;
}

static PyObject *
glyphs(PyObject *Py_UNUSED(self), PyObject *args)
{
    unsigned long long tp;
    int n;
    Py_buffer b[8];
    static const Py_ssize_t sizes[8] = {8, 8, 16, 16, 4, 8, 16, 8};
    Py_ssize_t m;

    if (!ready())
        return NULL;
    memset(b, 0, sizeof(b));
    if (!PyArg_ParseTuple(args, "Kiw*w*w*w*w*w*w*w*:glyphs", &tp, &n, &b[0], &b[1], &b[2],
                          &b[3], &b[4], &b[5], &b[6], &b[7]))
        return NULL;
    if (tp == 0 || n < 0) {
        release(b, 8);
        PyErr_SetString(PyExc_ValueError, "no text page, or a negative count");
        return NULL;
    }
    if (!large_enough(b, sizes, 8, n)) {
        release(b, 8);
        return NULL;
    }
    m = read_glyphs((void *)(uintptr_t)tp, n, b);
    release(b, 8);
    return PyLong_FromSsize_t(m);
}

static PyObject *
path_points(PyObject *Py_UNUSED(self), PyObject *args)
{
    unsigned long long path;
    Py_buffer b[3];
    static const Py_ssize_t sizes[3] = {8, 4, 1};
    float x = 0.0f, y = 0.0f;
    int count;

    if (!ready())
        return NULL;
    memset(b, 0, sizeof(b));
    if (!PyArg_ParseTuple(args, "Kw*w*w*:path_points", &path, &b[0], &b[1], &b[2]))
        return NULL;
    if (path == 0) {
        release(b, 3);
        PyErr_SetString(PyExc_ValueError, "no path object");
        return NULL;
    }
    count = pdfium.segment_count((void *)(uintptr_t)path);
    if (count < 0)
        count = 0;
    if (b[0].len < count * sizes[0] || b[1].len < count * sizes[1] ||
            b[2].len < count * sizes[2]) {
        release(b, 3);
        return PyLong_FromLong(-1);
    }
    float *xy = b[0].buf;
    int32_t *kind = b[1].buf;
    uint8_t *close = b[2].buf;
    for (int i = 0; i < count; i++) {
        void *segment = pdfium.path_segment((void *)(uintptr_t)path, i);
        pdfium.segment_point(segment, &x, &y);
        xy[2 * i] = x;
        xy[2 * i + 1] = y;
        kind[i] = pdfium.segment_type(segment);
        close[i] = pdfium.segment_close(segment) ? 1 : 0;
    }
    release(b, 3);
    return PyLong_FromLong(count);
}

/* --- a path's ruling edges ------------------------------------------------------------- */

typedef struct { double x, y; } Point;

/* "line", "rect_edge", "curve_edge", "v", "h": made once */
static PyObject *EDGE_KIND[3], *ORIENTATION[2];

/* One edge as objects.path_edges gives it, appended to out unless it is slanted: 0 when
   memory ran out. */
static int
add_edge(PyObject *out, Point p0, Point p1, PyObject *kind)
{
    PyObject *orientation = p0.x == p1.x ? ORIENTATION[0] : p0.y == p1.y ? ORIENTATION[1]
                                                                         : NULL;
    if (orientation == NULL)
        return 1;
    double x0 = p0.x, x1 = p1.x, top = p0.y, bottom = p1.y;
    if (x1 < x0)  /* sorted((a, b)), as Python sorts two floats */
        x0 = p1.x, x1 = p0.x;
    if (bottom < top)
        top = p1.y, bottom = p0.y;
    PyObject *edge = Py_BuildValue("(OddddO)", kind, x0, x1, top, bottom, orientation);
    if (edge == NULL)
        return 0;
    int ok = PyList_Append(out, edge) == 0;
    Py_DECREF(edge);
    return ok;
}

/* objects._is_rect: four corners (a fifth the same as the first, by value or as the very
   point the path's closing added) joined by horizontal and vertical sides. */
static int
is_rect(const Point *p, Py_ssize_t n, int closed_copy)
{
    if (n == 5 && (closed_copy || (p[4].x == p[0].x && p[4].y == p[0].y)))
        n = 4;
    if (n != 4)
        return 0;
    for (int i = 0; i < 4; i++) {
        Point a = p[i], b = p[(i + 1) % 4];
        if (!(a.x == b.x || a.y == b.y))
            return 0;
    }
    return 1;
}

/* objects._subpath_edges, the last point a copy of the first where closed_copy. */
static int
subpath_edges(PyObject *out, const Point *p, Py_ssize_t n, int closed_copy)
{
    if (n < 2)
        return 1;
    if (n == 2)
        return add_edge(out, p[0], p[1], EDGE_KIND[0]);
    if (is_rect(p, n, closed_copy)) {
        double x0 = p[0].x, x1 = p[0].x, top = p[0].y, bottom = p[0].y;
        for (Py_ssize_t i = 1; i < n; i++) {  /* min() and max(), as Python compares */
            if (p[i].x < x0) x0 = p[i].x;
            if (p[i].x > x1) x1 = p[i].x;
            if (p[i].y < top) top = p[i].y;
            if (p[i].y > bottom) bottom = p[i].y;
        }
        Point a = {x0, top}, b = {x1, top}, c = {x0, bottom}, d = {x1, bottom};
        return add_edge(out, a, b, EDGE_KIND[1]) && add_edge(out, c, d, EDGE_KIND[1]) &&
            add_edge(out, a, c, EDGE_KIND[1]) && add_edge(out, b, d, EDGE_KIND[1]);
    }
    for (Py_ssize_t i = 0; i + 1 < n; i++)
        if (!add_edge(out, p[i], p[i + 1], EDGE_KIND[2]))
            return 0;
    return 1;
}

static PyObject *
path_edges(PyObject *Py_UNUSED(self), PyObject *args)
{
    unsigned long long path;
    double a, b, c, d, e, f, height;
    int moveto;
    float x = 0.0f, y = 0.0f;

    if (!ready())
        return NULL;
    if (!PyArg_ParseTuple(args, "Kddddddid:path_edges", &path, &a, &b, &c, &d, &e, &f,
                          &moveto, &height))
        return NULL;
    if (path == 0) {
        PyErr_SetString(PyExc_ValueError, "no path object");
        return NULL;
    }
    void *obj = (void *)(uintptr_t)path;
    int count = pdfium.segment_count(obj);
    if (count < 0)
        count = 0;
    Point *p = PyMem_Malloc((2 * (size_t)count + 1) * sizeof(Point));  /* a close adds one */
    PyObject *out = PyList_New(0);
    Py_ssize_t n = 0;
    int closed_copy = 0, ok = p != NULL && out != NULL;
    for (int i = 0; ok && i < count; i++) {
        void *segment = pdfium.path_segment(obj, i);
        pdfium.segment_point(segment, &x, &y);  /* where it fails: the point before */
        double px = x, py = y;
        Point point = {a * px + c * py + e, height - (b * px + d * py + f)};
        if (pdfium.segment_type(segment) == moveto && n > 0) {
            ok = subpath_edges(out, p, n, closed_copy);
            n = 0;
        }
        p[n++] = point;
        closed_copy = 0;
        /* subpath[0] != subpath[-1]: a lone point is itself */
        if (pdfium.segment_close(segment) && n > 1 &&
                !(p[0].x == p[n - 1].x && p[0].y == p[n - 1].y)) {
            p[n++] = p[0];
            closed_copy = 1;
        }
    }
    if (ok)
        ok = subpath_edges(out, p, n, closed_copy);
    PyMem_Free(p);
    if (!ok) {
        Py_XDECREF(out);
        return p == NULL ? PyErr_NoMemory() : NULL;
    }
    return out;
}

static PyMethodDef methods[] = {
    {"bind", bind, METH_O, "Take pdfium's functions, by address, in the module's order."},
    {"glyphs", glyphs, METH_VARARGS, "Fill the arrays of a text page's printed glyphs."},
    {"path_points", path_points, METH_VARARGS, "Fill the arrays of a path's segments."},
    {"path_edges", path_edges, METH_VARARGS, "A path's horizontal and vertical edges."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_glyphs",
    "pdfium's per-glyph and per-segment answers for a whole page in one call.", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit__glyphs(void)
{
    static const char *const kinds[3] = {"line", "rect_edge", "curve_edge"};
    for (int i = 0; i < 3; i++)
        if (EDGE_KIND[i] == NULL && (EDGE_KIND[i] = PyUnicode_InternFromString(kinds[i])) == NULL)
            return NULL;
    if ((ORIENTATION[0] == NULL && (ORIENTATION[0] = PyUnicode_InternFromString("v")) == NULL) ||
            (ORIENTATION[1] == NULL && (ORIENTATION[1] = PyUnicode_InternFromString("h")) == NULL))
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m != NULL && PyModule_AddIntConstant(m, "FUNCTIONS", (long)FUNCTIONS) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
