import re,sys,statistics
for f in sys.argv[1:]:
    txt=open(f).read()
    blocks=re.split(r'# Parameters: ', txt)[1:]
    out=[]
    for b in blocks:
        eng=re.match(r'\(engine = (\w+)',b).group(1)
        bench='q1' if 'Query1' in b.split('\n')[0] or False else None
        its=[float(x) for x in re.findall(r'^Iteration\s+\d+:\s+([\d.]+) ms/op',b,re.M)]
        out.append((eng,its))
    # order: q1 CORE, q1 PAR, q4 CORE, q4 PAR
    names=['q1 CORE','q1 PAR','q4 CORE','q4 PAR']
    res={}
    for n,(eng,its) in zip(names,out):
        if its: res[n]=(statistics.median(its),min(its),max(its))
    s=f.split('/')[-1]+': '+'; '.join(f"{n} {m:.1f} ({lo:.1f}-{hi:.1f})" for n,(m,lo,hi) in res.items())
    if 'q1 CORE' in res and 'q4 CORE' in res:
        s+=f" | q4/q1 {res['q4 CORE'][0]/res['q1 CORE'][0]:.2f}"
    if 'q1 PAR' in res: s+=f" | par q1 {res['q1 CORE'][0]/res['q1 PAR'][0]:.2f}"
    if 'q4 PAR' in res: s+=f" q4 {res['q4 CORE'][0]/res['q4 PAR'][0]:.2f}"
    print(s)
